"""A OneRoster 1.2 export written by hand, not by `school sample`: three students (Ann, Ben, Cy)
at Hilltop High, Biology in the fall and Ceramics in the summer before it, grades a real SIS
sends (P, W, B+). Each test replaces the files it is about with its own few lines of CSV."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

BASE = {
    "academicSessions": """
        sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear
        t-fall,active,2025-06-01,Fall 2024,semester,2024-08-26,2024-12-20,,2025
        t-summer,active,2025-06-01,Summer 2024,term,2024-06-10,2024-08-02,,2024
        """,
    "orgs": """
        sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId
        org-hs,active,2025-06-01,Hilltop High School,school,NCES-360007,
        """,
    "courses": """
        sourcedId,status,dateLastModified,title,courseCode,grades,orgSourcedId,subjects
        c-bio,active,2025-06-01,Biology,BIO-1,"09,10",org-hs,Science
        c-art,active,2025-06-01,Ceramics,ART-2,10,org-hs,Fine Arts
        """,
    "classes": """
        sourcedId,status,dateLastModified,title,courseSourcedId,schoolSourcedId,termSourcedIds
        k-bio,active,2025-06-01,Biology 1,c-bio,org-hs,t-fall
        k-art,active,2025-06-01,Ceramics 1,c-art,org-hs,t-summer
        """,
    "users": """
        sourcedId,status,dateLastModified,enabledUser,userIds,givenName,familyName,email
        s-ann,active,2025-06-01,true,,Ann,Ash,ann@hilltop.example
        s-ben,active,2025-06-01,true,,Ben,Birch,ben@hilltop.example
        s-cy,active,2025-06-01,true,{DID:did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK},Cy,Cedar,cy@hilltop.example
        t-tom,active,2025-06-01,true,,Tom,Teak,tom@hilltop.example
        """,
    "enrollments": """
        sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role
        e-1,active,2025-06-01,k-bio,org-hs,s-ann,student
        e-2,active,2025-06-01,k-bio,org-hs,s-ben,student
        e-3,active,2025-06-01,k-bio,org-hs,s-cy,student
        e-4,active,2025-06-01,k-art,org-hs,s-ann,student
        e-5,active,2025-06-01,k-art,org-hs,s-ben,student
        e-6,active,2025-06-01,k-bio,org-hs,t-tom,teacher
        """,
    "categories": """
        sourcedId,status,dateLastModified,title
        cat-final,active,2025-06-01,Final grade
        """,
    "lineItems": """
        sourcedId,status,dateLastModified,title,classSourcedId,categorySourcedId,academicSessionSourcedId,resultValueMin,resultValueMax
        li-bio,active,2025-06-01,Biology final,k-bio,cat-final,t-fall,0,100
        li-art,active,2025-06-01,Ceramics final,k-art,cat-final,t-summer,0,100
        """,
    "results": """
        sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,textScore,scoreDate
        r-1,active,2025-06-01,li-bio,s-ann,fully graded,91,A,2024-12-18
        r-2,active,2025-06-01,li-bio,s-ben,fully graded,55,F,2024-12-18
        r-3,active,2025-06-01,li-bio,s-cy,fully graded,,P,2024-12-18
        r-4,active,2025-06-01,li-art,s-ann,fully graded,,W,2024-08-01
        r-5,active,2025-06-01,li-art,s-ben,fully graded,88,B+,2024-08-01
        """,
}

# The office's policy: highest first; P passes, W and I neither pass nor earn credit.
POLICY = """
criterion = "Pass the course with a D or better, or a P."

[[grade]]
value = "A"
passes = true
credit = true

[[grade]]
value = "B+"
passes = true
credit = true

[[grade]]
value = "D"
passes = true
credit = true

[[grade]]
value = "P"
passes = true
credit = true

[[grade]]
value = "F"
passes = false
credit = false

[[grade]]
value = "I"
passes = false
credit = false
status = "InProgress"

[[grade]]
value = "W"
passes = false
credit = false
status = "Withdrew"
"""


def write_export(folder: Path, **files: str) -> Path:
    """BASE with `files` ({stem: CSV text}) in place of or beside its files, and a manifest
    listing exactly the files written."""
    tables = {**BASE, **files}
    folder.mkdir(parents=True, exist_ok=True)
    listed = ["propertyName,value", "oneroster.version,1.2"]
    for stem, text in tables.items():
        (folder / f"{stem}.csv").write_text(dedent(text).lstrip("\n"), encoding="utf-8")
        listed.append(f"file.{stem},bulk")
    (folder / "manifest.csv").write_text("\n".join(listed) + "\n", encoding="utf-8")
    return folder


def write_policy(path: Path, text: str = POLICY) -> Path:
    path.write_text(dedent(text), encoding="utf-8")
    return path
