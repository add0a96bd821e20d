# Processing a list of records: filtering, grouping, aggregating, ranking.
records = [
    {"name": "alice", "dept": "eng", "salary": 120, "years": 5},
    {"name": "bob", "dept": "ops", "salary": 90, "years": 8},
    {"name": "carol", "dept": "eng", "salary": 135, "years": 9},
    {"name": "dave", "dept": "sales", "salary": 70, "years": 2},
    {"name": "erin", "dept": "ops", "salary": 95, "years": 3},
    {"name": "frank", "dept": "eng", "salary": 110, "years": 1},
    {"name": "grace", "dept": "sales", "salary": 88, "years": 7},
]
by_dept = {}
for r in records:
    by_dept.setdefault(r["dept"], []).append(r)
for dept in sorted(by_dept):
    people = by_dept[dept]
    total = sum(p["salary"] for p in people)
    print(f"{dept:6} n={len(people)} total={total} avg={total / len(people):.2f} "
          f"top={max(people, key=lambda p: p['salary'])['name']}")
ranked = sorted(records, key=lambda r: (-r["salary"], r["name"]))
for rank, r in enumerate(ranked, 1):
    print(rank, r["name"], r["salary"])
seniors = [r["name"] for r in records if r["years"] >= 5]
print(seniors)
raise_pct = {"eng": 10, "ops": 5, "sales": 3}
for r in records:
    r["new"] = r["salary"] + r["salary"] * raise_pct[r["dept"]] // 100
print([(r["name"], r["new"]) for r in records])
print(sum(r["new"] - r["salary"] for r in records))
columns = ["name", "dept", "new"]
table = [[str(r[c]) for c in columns] for r in records]
widths = [max(len(c), *(len(row[i]) for row in table)) for i, c in enumerate(columns)]
print("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths)))
for row in table:
    print("  ".join(v.ljust(w) for v, w in zip(row, widths)))
buckets = {}
for r in records:
    bucket = r["years"] // 3 * 3
    buckets[bucket] = buckets.get(bucket, 0) + 1
print(sorted(buckets.items()))
