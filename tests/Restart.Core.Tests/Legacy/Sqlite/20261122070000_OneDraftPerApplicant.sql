-- One draft per applicant: two tabs or a double tap cannot start two applications.

CREATE UNIQUE INDEX "IX_Cases_OneDraftPerApplicant" ON "Cases" ("ApplicantUserId") WHERE "Status" = 0;
