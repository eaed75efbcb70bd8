"""Picks the tickets of readiness-labels.jsonl from the shared Apache Jira data, the same ones on every run.

Usage (from the repository root):
  python3 tests/Analytics/Readiness/sample_readiness_tickets.py ../shared/datasets/apache-jira/hadoop-family.jsonl.gz > sample.jsonl

55 tickets per project (HADOOP, HDFS, MAPREDUCE, YARN), those whose sha1("readiness:" + key) sorts first, so the pick
is a seeded sample that neither the order of the file nor a detector influences. Only what the warehouse would hold is
kept: summary, the first 1,500 characters of the description (the labels judge that text, not the rest), and the
affected versions; e-mail addresses are masked. The labels are added by hand afterwards.
"""
import gzip, hashlib, json, re, sys

PER_PROJECT = 55
DESCRIPTION_CHARS = 1500
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")

by_project = {}
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as lines:
    for line in lines:
        issue = json.loads(line)
        f = issue["fields"]
        rank = hashlib.sha1(("readiness:" + issue["key"]).encode()).hexdigest()
        by_project.setdefault(f["project"]["key"], []).append((rank, issue["key"], f))

for project in sorted(by_project):
    for _, key, f in sorted(by_project[project])[:PER_PROJECT]:
        description = EMAIL.sub("[email]", (f.get("description") or "")[:DESCRIPTION_CHARS])
        print(json.dumps({
            "id": key,
            "summary": EMAIL.sub("[email]", f.get("summary") or ""),
            "description": description,
            "versions": [v["name"] for v in f.get("versions") or []],
        }, ensure_ascii=False))
