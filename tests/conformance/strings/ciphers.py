# Caesar and Vigenere ciphers, with encryption/decryption round trips.
import string
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)
msg = "Attack at Dawn! Meet at the old mill, 5 o'clock."
for k in [1, 3, 13, 25, -4, 52]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
def vigenere(text, key, decrypt=False):
    out = []
    ki = 0
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            k = ord(key[ki % len(key)].lower()) - 97
            if decrypt:
                k = -k
            out.append(chr((ord(ch) - base + k) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)
enc = vigenere(msg, "lemon")
print(enc)
print(vigenere(enc, "lemon", decrypt=True))
def crack_caesar(cipher):
    best = None
    for shift in range(26):
        cand = caesar(cipher, -shift)
        score = sum(cand.lower().count(c) for c in "etaoin")
        if best is None or score > best[0]:
            best = (score, shift, cand)
    return best[1], best[2]
print(crack_caesar(caesar("the essential elements are all here in these sentences", 7)))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[::-1])
print("atbash cipher".translate(table), "zgyzhs xrksvi".translate(table))
def xor_hex(text, key):
    return bytes(b ^ key for b in text.encode()).hex()
h = xor_hex("secret", 42)
print(h, bytes(b ^ 42 for b in bytes.fromhex(h)).decode())
