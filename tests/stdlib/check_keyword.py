# keyword: the 3.14 keyword and soft keyword lists.
import keyword
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
print(keyword.iskeyword("if"), keyword.iskeyword("match"), keyword.iskeyword("If"))
print(keyword.issoftkeyword("match"), keyword.issoftkeyword("type"), keyword.issoftkeyword("if"))
assert keyword.kwlist == sorted(keyword.kwlist)
