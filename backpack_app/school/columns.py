"""The OneRoster 1.2 CSV binding's column headers for the files the school tool reads or writes."""

from __future__ import annotations

COMMON = ["sourcedId", "status", "dateLastModified"]
# demographics.csv's true/false columns (race categories and Hispanic or Latino ethnicity)
DEMOGRAPHIC_FLAGS = [
    "americanIndianOrAlaskaNative",
    "asian",
    "blackOrAfricanAmerican",
    "nativeHawaiianOrOtherPacificIslander",
    "white",
    "demographicRaceTwoOrMoreRaces",
    "hispanicOrLatinoEthnicity",
]

COLUMNS: dict[str, list[str]] = {
    "manifest": ["propertyName", "value"],
    "academicSessions": [
        *COMMON,
        "title",
        "type",
        "startDate",
        "endDate",
        "parentSourcedId",
        "schoolYear",
    ],
    "orgs": [*COMMON, "name", "type", "identifier", "parentSourcedId"],
    "courses": [
        *COMMON,
        "schoolYearSourcedId",
        "title",
        "courseCode",
        "grades",
        "orgSourcedId",
        "subjects",
        "subjectCodes",
        "metadata.credits",  # an extension column (right of the binding's): the course's credits
    ],
    "classes": [
        *COMMON,
        "title",
        "grades",
        "courseSourcedId",
        "classCode",
        "classType",
        "location",
        "schoolSourcedId",
        "termSourcedIds",
        "subjects",
        "subjectCodes",
        "periods",
    ],
    "users": [
        *COMMON,
        "enabledUser",
        "username",
        "userIds",
        "givenName",
        "familyName",
        "middleName",
        "identifier",
        "email",
        "sms",
        "phone",
        "agentSourcedIds",
        "grades",
        "password",
        "userMasterIdentifier",
        "resourceSourcedIds",
        "preferredGivenName",
        "preferredMiddleName",
        "preferredFamilyName",
        "primaryOrgSourcedId",
        "pronouns",
    ],
    "roles": [
        *COMMON,
        "userSourcedId",
        "roleType",
        "role",
        "beginDate",
        "endDate",
        "orgSourcedId",
        "userProfileSourcedId",
    ],
    "enrollments": [
        *COMMON,
        "classSourcedId",
        "schoolSourcedId",
        "userSourcedId",
        "role",
        "primary",
        "beginDate",
        "endDate",
    ],
    "categories": [*COMMON, "title", "weight"],
    "lineItems": [
        *COMMON,
        "title",
        "description",
        "assignDate",
        "dueDate",
        "classSourcedId",
        "categorySourcedId",
        "academicSessionSourcedId",
        "resultValueMin",
        "resultValueMax",
        "schoolSourcedId",
    ],
    "results": [
        *COMMON,
        "lineItemSourcedId",
        "studentSourcedId",
        "classSourcedId",
        "scoreStatus",
        "score",
        "textScore",
        "scoreDate",
        "comment",
        "inProgress",
        "incomplete",
        "late",
        "missing",
    ],
    "scoreScales": [
        *COMMON,
        "title",
        "type",
        "orgSourcedId",
        "courseSourcedId",
        "classSourcedId",
        "scoreScaleValue",
    ],
    "lineItemScoreScales": [*COMMON, "lineItemSourcedId", "scoreScaleSourcedId"],
    "resultScoreScales": [*COMMON, "resultSourcedId", "scoreScaleSourcedId"],
    # The binding's columns, then the metadata.* extension columns (allowed to the right of the
    # defined ones) that name a CASE item: see OBJECTIVE_METADATA.
    "lineItemLearningObjectiveIds": [
        *COMMON,
        "lineItemSourcedId",
        "source",
        "learningObjectiveId",
        "metadata.humanCodingScheme",
        "metadata.fullStatement",
        "metadata.framework",
        "metadata.uri",
    ],
    "resultLearningObjectiveIds": [
        *COMMON,
        "resultSourcedId",
        "source",
        "learningObjectiveId",
        "score",
        "textScore",
    ],
    "demographics": [
        *COMMON,
        "birthDate",
        "sex",
        *DEMOGRAPHIC_FLAGS,
        "countryOfBirthCode",
        "stateOfBirthAbbreviation",
        "cityOfBirth",
        "publicSchoolResidenceStatus",
    ],
}

# Files the tool cannot work without, and the columns it needs from each (others may be absent).
REQUIRED: dict[str, list[str]] = {
    "academicSessions": ["sourcedId", "title", "type", "startDate", "endDate"],
    "orgs": ["sourcedId", "name", "type"],
    "courses": ["sourcedId", "title", "courseCode"],
    "classes": ["sourcedId", "courseSourcedId", "termSourcedIds"],
    "users": ["sourcedId", "givenName", "familyName", "email"],
    "enrollments": ["sourcedId", "classSourcedId", "userSourcedId", "role"],
    "categories": ["sourcedId", "title"],
    "lineItems": [
        "sourcedId",
        "title",
        "classSourcedId",
        "categorySourcedId",
        "academicSessionSourcedId",
    ],
    "results": [
        "sourcedId",
        "lineItemSourcedId",
        "studentSourcedId",
        "scoreStatus",
        "score",
        "textScore",
    ],
}

# Files read when the manifest lists them (not `absent`), and the columns needed from each.
OPTIONAL: dict[str, list[str]] = {
    "scoreScales": ["sourcedId", "title", "scoreScaleValue"],
    "lineItemScoreScales": ["sourcedId", "lineItemSourcedId", "scoreScaleSourcedId"],
    "resultScoreScales": ["sourcedId", "resultSourcedId", "scoreScaleSourcedId"],
    "lineItemLearningObjectiveIds": [
        "sourcedId",
        "lineItemSourcedId",
        "source",
        "learningObjectiveId",
    ],
    "resultLearningObjectiveIds": ["sourcedId", "resultSourcedId", "source", "learningObjectiveId"],
    "demographics": ["sourcedId", "birthDate"],
    "roles": ["sourcedId", "userSourcedId", "role"],
}

# A CASE item's code, statement, framework and URI: OneRoster names a learning objective only by
# its id, so these optional metadata.* columns of lineItemLearningObjectiveIds.csv name it.
OBJECTIVE_METADATA = {
    "code": "metadata.humanCodingScheme",
    "statement": "metadata.fullStatement",
    "framework": "metadata.framework",
    "uri": "metadata.uri",
}

# 1.2 files the sample leaves out; its manifest marks them absent.
ABSENT_IN_SAMPLE = [
    "userProfiles",
    "resources",
    "classResources",
    "courseResources",
    "userResources",
]
