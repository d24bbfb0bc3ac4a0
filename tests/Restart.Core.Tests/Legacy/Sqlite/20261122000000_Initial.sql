CREATE TABLE "AccessLog" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AccessLog" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "ActorUserId" TEXT NULL,
    "IpAddress" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "Action" INTEGER NOT NULL,
    "Operation" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "PreviousHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);


CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "Industries" (
    "Revision" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Level" INTEGER NOT NULL,
    "NameKo" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "ParentCode" TEXT NULL,
    CONSTRAINT "PK_Industries" PRIMARY KEY ("Revision", "Code")
);


CREATE TABLE "Occupations" (
    "Revision" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Level" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "ParentCode" TEXT NULL,
    CONSTRAINT "PK_Occupations" PRIMARY KEY ("Revision", "Code")
);


CREATE TABLE "ReferenceDataSets" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_ReferenceDataSets" PRIMARY KEY,
    "Revision" TEXT NOT NULL,
    "Publisher" TEXT NOT NULL,
    "RowCount" INTEGER NOT NULL,
    "LoadedAt" TEXT NOT NULL
);


CREATE TABLE "RegionalOffices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RegionalOffices" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "Phone" TEXT NULL,
    "Address" TEXT NULL,
    "Version" TEXT NOT NULL
);


CREATE TABLE "Sidos" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Sidos" PRIMARY KEY,
    "Name" TEXT NOT NULL
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Agencies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Agencies" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "SidoCode" TEXT NOT NULL,
    "Phone" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Agencies_Sidos_SidoCode" FOREIGN KEY ("SidoCode") REFERENCES "Sidos" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "RegionalOfficeCoverage" (
    "RegionalOfficeId" TEXT NOT NULL,
    "SidoCode" TEXT NOT NULL,
    CONSTRAINT "PK_RegionalOfficeCoverage" PRIMARY KEY ("RegionalOfficeId", "SidoCode"),
    CONSTRAINT "FK_RegionalOfficeCoverage_RegionalOffices_RegionalOfficeId" FOREIGN KEY ("RegionalOfficeId") REFERENCES "RegionalOffices" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RegionalOfficeCoverage_Sidos_SidoCode" FOREIGN KEY ("SidoCode") REFERENCES "Sidos" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "Sigungus" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Sigungus" PRIMARY KEY,
    "SidoCode" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "ParentCode" TEXT NULL,
    CONSTRAINT "FK_Sigungus_Sidos_SidoCode" FOREIGN KEY ("SidoCode") REFERENCES "Sidos" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "Programmes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Programmes" PRIMARY KEY,
    "AgencyId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Track" INTEGER NOT NULL,
    "SidoCode" TEXT NULL,
    "ApplyFrom" TEXT NOT NULL,
    "ApplyUntil" TEXT NOT NULL,
    "Capacity" INTEGER NOT NULL,
    "MinAge" INTEGER NULL,
    "MaxAge" INTEGER NULL,
    "Description" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Programmes_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Programmes_Sidos_SidoCode" FOREIGN KEY ("SidoCode") REFERENCES "Sidos" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "Companies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Companies" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "SigunguCode" TEXT NOT NULL,
    "IndustryCode" TEXT NULL,
    "Phone" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Companies_Sigungus_SigunguCode" FOREIGN KEY ("SigunguCode") REFERENCES "Sigungus" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "RegionalOfficeId" TEXT NULL,
    "AgencyId" TEXT NULL,
    "CompanyId" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AspNetUsers_Companies_CompanyId" FOREIGN KEY ("CompanyId") REFERENCES "Companies" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AspNetUsers_RegionalOffices_RegionalOfficeId" FOREIGN KEY ("RegionalOfficeId") REFERENCES "RegionalOffices" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "JobPosts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_JobPosts" PRIMARY KEY,
    "CompanyId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "OccupationCode" TEXT NOT NULL,
    "SigunguCode" TEXT NOT NULL,
    "MonthlyWage" INTEGER NOT NULL,
    "WeeklyHours" INTEGER NOT NULL,
    "Description" TEXT NOT NULL,
    "OpensOn" TEXT NOT NULL,
    "ClosesOn" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_JobPosts_Companies_CompanyId" FOREIGN KEY ("CompanyId") REFERENCES "Companies" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_JobPosts_Sigungus_SigunguCode" FOREIGN KEY ("SigunguCode") REFERENCES "Sigungus" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "ApplicantProfiles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ApplicantProfiles" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "BirthDate" TEXT NOT NULL,
    "Phone" TEXT NOT NULL,
    "SigunguCode" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_ApplicantProfiles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ApplicantProfiles_Sigungus_SigunguCode" FOREIGN KEY ("SigunguCode") REFERENCES "Sigungus" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE UNIQUE INDEX "IX_AccessLog_PreviousHash" ON "AccessLog" ("PreviousHash");


CREATE INDEX "IX_AccessLog_Subject_Id" ON "AccessLog" ("Subject", "Id");


CREATE INDEX "IX_Agencies_SidoCode_Name" ON "Agencies" ("SidoCode", "Name");


CREATE INDEX "IX_ApplicantProfiles_SigunguCode" ON "ApplicantProfiles" ("SigunguCode");


CREATE UNIQUE INDEX "IX_ApplicantProfiles_UserId" ON "ApplicantProfiles" ("UserId");


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE INDEX "IX_AspNetUsers_AgencyId" ON "AspNetUsers" ("AgencyId");


CREATE INDEX "IX_AspNetUsers_CompanyId" ON "AspNetUsers" ("CompanyId");


CREATE INDEX "IX_AspNetUsers_CreatedAt_Id" ON "AspNetUsers" ("CreatedAt", "Id");


CREATE INDEX "IX_AspNetUsers_RegionalOfficeId" ON "AspNetUsers" ("RegionalOfficeId");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_Companies_Name" ON "Companies" ("Name");


CREATE INDEX "IX_Companies_SigunguCode" ON "Companies" ("SigunguCode");


CREATE INDEX "IX_Industries_Revision_ParentCode_Code" ON "Industries" ("Revision", "ParentCode", "Code");


CREATE INDEX "IX_JobPosts_CompanyId_Status_ClosesOn" ON "JobPosts" ("CompanyId", "Status", "ClosesOn");


CREATE INDEX "IX_JobPosts_SigunguCode" ON "JobPosts" ("SigunguCode");


CREATE INDEX "IX_JobPosts_Status_SigunguCode_ClosesOn" ON "JobPosts" ("Status", "SigunguCode", "ClosesOn");


CREATE INDEX "IX_Occupations_Revision_ParentCode_Code" ON "Occupations" ("Revision", "ParentCode", "Code");


CREATE INDEX "IX_Programmes_AgencyId_Status_ApplyUntil" ON "Programmes" ("AgencyId", "Status", "ApplyUntil");


CREATE INDEX "IX_Programmes_SidoCode" ON "Programmes" ("SidoCode");


CREATE INDEX "IX_Programmes_Status_SidoCode_ApplyUntil" ON "Programmes" ("Status", "SidoCode", "ApplyUntil");


CREATE UNIQUE INDEX "IX_RegionalOfficeCoverage_SidoCode" ON "RegionalOfficeCoverage" ("SidoCode");


CREATE UNIQUE INDEX "IX_RegionalOffices_Code" ON "RegionalOffices" ("Code");


CREATE INDEX "IX_Sigungus_SidoCode_Name" ON "Sigungus" ("SidoCode", "Name");



