-- Applications (issue 3): cases with their timeline, documents and supplement requests, consents, eligibility rules.

CREATE TABLE "EligibilityRules" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EligibilityRules" PRIMARY KEY,
    "Kind" INTEGER NOT NULL,
    "Number" INTEGER NULL,
    "Number2" INTEGER NULL,
    "Codes" TEXT NULL,
    "EffectiveFrom" TEXT NOT NULL,
    "EffectiveUntil" TEXT NULL,
    "Source" TEXT NOT NULL
);

CREATE TABLE "Cases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases" PRIMARY KEY,
    "Number" TEXT NULL,
    "ApplicantUserId" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Closure" INTEGER NULL,
    "RegionalOfficeId" TEXT NULL,
    "SavedStep" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "SubmittedAt" TEXT NULL,
    "Version" TEXT NOT NULL,
    "BusinessName" TEXT NULL,
    "BusinessNumber" TEXT NULL,
    "IndustryCode" TEXT NULL,
    "BusinessSigunguCode" TEXT NULL,
    "OpenedOn" TEXT NULL,
    "ClosureState" INTEGER NULL,
    "ClosedOn" TEXT NULL,
    "RegularEmployees" INTEGER NULL,
    "ClosureReason" INTEGER NULL,
    "ClosureReasonDetail" TEXT NULL,
    "LeasedPremises" INTEGER NULL,
    "Track" INTEGER NULL,
    "DesiredMonthlyWage" INTEGER NULL,
    "DesiredWeeklyHours" INTEGER NULL,
    "CertificatesAndSkills" TEXT NULL,
    "CareerHistory" TEXT NULL,
    CONSTRAINT "FK_Cases_AspNetUsers_ApplicantUserId" FOREIGN KEY ("ApplicantUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Cases_RegionalOffices_RegionalOfficeId" FOREIGN KEY ("RegionalOfficeId") REFERENCES "RegionalOffices" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Consents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Consents" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Item" INTEGER NOT NULL,
    "TextVersion" TEXT NOT NULL,
    "Granted" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "IpAddress" TEXT NULL,
    CONSTRAINT "FK_Consents_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CaseDesiredOccupations" (
    "CaseId" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    CONSTRAINT "PK_CaseDesiredOccupations" PRIMARY KEY ("CaseId", "Code"),
    CONSTRAINT "FK_CaseDesiredOccupations_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CaseDesiredRegions" (
    "CaseId" TEXT NOT NULL,
    "SigunguCode" TEXT NOT NULL,
    CONSTRAINT "PK_CaseDesiredRegions" PRIMARY KEY ("CaseId", "SigunguCode"),
    CONSTRAINT "FK_CaseDesiredRegions_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CaseDesiredRegions_Sigungus_SigunguCode" FOREIGN KEY ("SigunguCode") REFERENCES "Sigungus" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "CaseEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CaseEvents" PRIMARY KEY AUTOINCREMENT,
    "CaseId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "From" INTEGER NOT NULL,
    "To" INTEGER NOT NULL,
    "ActorUserId" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    CONSTRAINT "FK_CaseEvents_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SupplementRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SupplementRequests" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "Message" TEXT NOT NULL,
    "Deadline" TEXT NOT NULL,
    "RequestedAt" TEXT NOT NULL,
    "RequestedByUserId" TEXT NOT NULL,
    "AnsweredAt" TEXT NULL,
    "Answer" TEXT NULL,
    CONSTRAINT "FK_SupplementRequests_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CaseDocuments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseDocuments" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "StoredName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Length" INTEGER NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedByUserId" TEXT NOT NULL,
    "SupplementRequestId" TEXT NULL,
    CONSTRAINT "FK_CaseDocuments_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CaseDocuments_SupplementRequests_SupplementRequestId" FOREIGN KEY ("SupplementRequestId") REFERENCES "SupplementRequests" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_CaseDesiredRegions_SigunguCode" ON "CaseDesiredRegions" ("SigunguCode");

CREATE INDEX "IX_CaseDocuments_CaseId_UploadedAt" ON "CaseDocuments" ("CaseId", "UploadedAt");

CREATE INDEX "IX_CaseDocuments_SupplementRequestId" ON "CaseDocuments" ("SupplementRequestId");

CREATE INDEX "IX_CaseEvents_CaseId_Id" ON "CaseEvents" ("CaseId", "Id");

CREATE INDEX "IX_Cases_ApplicantUserId_Status" ON "Cases" ("ApplicantUserId", "Status");

CREATE UNIQUE INDEX "IX_Cases_Number" ON "Cases" ("Number");

CREATE INDEX "IX_Cases_RegionalOfficeId_Status_SubmittedAt" ON "Cases" ("RegionalOfficeId", "Status", "SubmittedAt");

CREATE INDEX "IX_Consents_UserId_Item_Id" ON "Consents" ("UserId", "Item", "Id");

CREATE INDEX "IX_EligibilityRules_EffectiveFrom_Kind" ON "EligibilityRules" ("EffectiveFrom", "Kind");

CREATE INDEX "IX_SupplementRequests_CaseId_RequestedAt" ON "SupplementRequests" ("CaseId", "RequestedAt");
