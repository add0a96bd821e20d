import os
print(os.path.exists("."), os.path.isdir("."), os.path.isfile("."), os.path.exists("nope/nope"))
with open("viv_tmp_file.txt", "w") as f:
    f.write("x")
print(os.path.isfile("viv_tmp_file.txt"), os.path.getsize("viv_tmp_file.txt"), os.path.join("a", "b"))
os.remove("viv_tmp_file.txt")
print(os.path.exists("viv_tmp_file.txt"), os.path is __import__("posixpath"))
