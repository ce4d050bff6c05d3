#!/usr/bin/env python3
"""Writes labelled-ads.jsonl: synthetic escort and job ads with every identifier labelled.

Run from this folder with Debian's python3 (no third-party modules). The output is committed;
rerun only to change the corpus. All numbers are from ranges reserved for fiction (US 555-01xx,
UK 020 7946 0xxx, AU 0491 570 156-159); names and handles are invented.
"""
import hashlib
import json
import random

rng = random.Random(20261122)

FIRST = ["Candy", "Mia", "Lola", "Jade", "Rosa", "Nina", "Luna", "Bella", "Kiki", "Sasha", "Vicky", "Daisy",
         "Amber", "Coco", "Ruby", "Zara", "Layla", "Tasha", "Gigi", "Maya"]
US = [("Phoenix", "602"), ("Tucson", "520"), ("Las Vegas", "702"), ("Los Angeles", "213"), ("Miami", "305"),
      ("Atlanta", "404"), ("Chicago", "312"), ("Houston", "713"), ("New York", "646"), ("Mesa", "480")]
EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
FILLER = ["New in town and ready to play.", "Upscale, discreet and friendly.", "Sweet and classy, no rush.",
          "Incall and outcall available.", "Available 24/7.", "Come relax after a long day.",
          "Hablo español.", "Serious gentlemen only.", "Short notice okay.", "Real pictures, no games.",
          "Hotel friendly.", "Ask about specials this week.", "Clean, safe and respectful.",
          "Now hiring hostesses, housing provided.", "Travel opportunity, visa help, good pay."]
NEGATIVE = ["5'6 tall, 120lbs, 34C-24-36.", "Zip 85004 area.", "Posted 2026-03-14.", "Open 10am to 2am.",
            "Suite 1204, floor 12.", "Only 2 days left!", "Room 214 downstairs.", "Call after 9pm.",
            "Height 165 cm.", "Reviews 4.9 of 5."]


def us_number():
    city, area = rng.choice(US)
    return city, area + "555" + "01%02d" % rng.randrange(100)


def e164(national):
    return "+1" + national


def obfuscate(digits):
    """One of the ways ads write a 10-digit US number; returns (text, obfuscated?)."""
    a, b, c = digits[:3], digits[3:6], digits[6:]
    style = rng.randrange(12)
    if style == 0:
        return "(%s) %s-%s" % (a, b, c), False
    if style == 1:
        return "%s.%s.%s" % (a, b, c), False
    if style == 2:
        return "%s %s %s" % (a, b, c), False
    if style == 3:
        return "%s%s%s" % (a, b, c), False
    if style == 4:  # some digits as English words, glued: "six02 two2eight"
        return " ".join("".join(EN[int(d)] if rng.random() < 0.4 else d for d in part) for part in (a, b, c)), True
    if style == 5:  # Spanish words
        return " ".join(ES[int(d)] for d in digits), True
    if style == 6:  # letters for digits
        swap = {"0": "O", "1": "I"}
        return "(%s) %s %s" % (a, "".join(swap.get(d, d) for d in b), "".join(swap.get(d, d) for d in c)), True
    if style == 7:  # emoji between groups
        sep = rng.choice(["💋", "🌹", "🔥", "❤️"])
        return sep.join((a, b, c)), True
    if style == 8:  # keycaps
        return "".join(d + "\ufe0f\u20e3" for d in digits), True
    if style == 9:  # full-width
        return "".join(chr(0xFF10 + int(d)) for d in digits), True
    if style == 10:  # digits spaced out
        return " ".join(digits), True
    return "(%s) %s %s" % ("".join(EN[int(d)] if i == 1 else d for i, d in enumerate(a)), b, c), True


BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    number = int.from_bytes(data, "big")
    text = ""
    while number:
        number, rest = divmod(number, 58)
        text = BASE58[rest] + text
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + text


def bech32_polymod(values):
    generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1ffffff) << 5 ^ value
        for i in range(5):
            check ^= generator[i] if ((top >> i) & 1) else 0
    return check


def bech32_address(program):
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    bits, acc, data = 0, 0, [0]  # witness version 0
    for byte in program:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = "bc"
    expanded = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    polymod = bech32_polymod(expanded + data + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(charset[d] for d in data + checksum)


def handle(name):
    return name.lower() + rng.choice(["", "_", "."]) + rng.choice(["x", "vip", "22", "69", "xo", "love"])


def make_ad(index):
    parts, labels = [], []
    region = "US"
    name = rng.choice(FIRST)
    city, _ = rng.choice(US)
    london = index % 25 == 7
    sydney = index % 25 == 13
    if london:
        city, region = "London", "US"  # the ad itself names London: its 020 number is British
    if sydney:
        city = "Sydney"
    parts.append(rng.choice(["%s: %s here", "%s ~ %s", "%s! %s"]) % (city, name) if rng.random() < 0.5 else city + ".")
    if rng.random() < 0.5:
        parts.append("I'm %s." % name)
        labels.append(("alias", name))
    parts.append(rng.choice(FILLER))
    negative = index % 10 == 0  # one ad in ten carries no identifier at all
    if not negative:
        for feature in rng.sample(["phone", "phone2", "email", "cash", "venmo", "paypal", "zelle", "btc", "eth",
                                   "instagram", "snapchat", "telegram", "whatsapp", "twitter", "onlyfans", "url",
                                   "price", "age"], rng.randrange(2, 6)):
            add_feature(feature, parts, labels, name, london, sydney)
    if rng.random() < 0.6 or negative:
        parts.append(rng.choice(NEGATIVE))
    parts.append(rng.choice(FILLER))
    return {"id": "ad-%04d" % index, "region": region, "text": " ".join(parts),
            "labels": [{"kind": k, "value": v} for k, v in labels]}


def add_feature(feature, parts, labels, name, london, sydney):
    if feature in ("phone", "phone2"):
        if london:
            number = "020 7946 0%03d" % rng.randrange(1000)
            parts.append("Call " + number)
            labels.append(("phone", "+44" + number.replace(" ", "")[1:]))
        elif sydney:
            number = "0491 570 15%d" % rng.randrange(6, 10)
            parts.append("Text " + number)
            labels.append(("phone", "+61" + number.replace(" ", "")[1:]))
        else:
            _, digits = us_number()
            text, _ = obfuscate(digits)
            parts.append(rng.choice(["Call", "Text", "Txt me", "Hit me up", "Llámame"]) + " " + text + ".")
            labels.append(("phone", e164(digits)))
    elif feature == "email":
        user = name.lower() + str(rng.randrange(10, 99))
        domain = rng.choice(["gmail", "yahoo", "outlook", "protonmail"])
        style = rng.randrange(3)
        text = ["%s@%s.com", "%s at %s dot com", "%s [at] %s [dot] com"][style] % (user, domain)
        parts.append("Email " + text + ".")
        labels.append(("email", "%s@%s.com" % (user, domain)))
    elif feature == "cash":
        tag = name + rng.choice(["Queen", "Baby", "Doll", "VIP"]) + str(rng.randrange(1, 99))
        parts.append("Deposit by Cash App $%s first." % tag)
        labels.append(("cashapp", "$" + tag.lower()))
    elif feature == "venmo":
        user = handle(name).replace(".", "-")
        parts.append("Venmo @%s." % user)
        labels.append(("venmo", "venmo:@" + user))
    elif feature == "paypal":
        user = name + "Pay" + str(rng.randrange(1, 99))
        parts.append("paypal.me/%s for deposits" % user)
        labels.append(("paypal", "paypal:" + user.lower()))
    elif feature == "zelle":
        _, digits = us_number()
        parts.append("Zelle %s-%s-%s ok." % (digits[:3], digits[3:6], digits[6:]))
        labels.append(("zelle", "zelle:" + e164(digits)))
        labels.append(("phone", e164(digits)))
    elif feature == "btc":
        if rng.random() < 0.5:
            address = base58check(bytes([0]) + rng.randbytes(20))
        else:
            address = bech32_address(rng.randbytes(20))
        parts.append("BTC only: %s" % address)
        labels.append(("btc", address))
    elif feature == "eth":
        address = "0x" + rng.randbytes(20).hex()
        parts.append("ETH %s accepted." % address)
        labels.append(("eth", address))
    elif feature == "instagram":
        user = handle(name)
        parts.append(rng.choice(["IG: %s", "insta: @%s", "instagram.com/%s"]) % user)
        labels.append(("instagram", "instagram:" + user))
    elif feature == "snapchat":
        user = handle(name).replace(".", "_")
        parts.append(rng.choice(["SC: %s", "snap: %s", "snapchat.com/add/%s"]) % user)
        labels.append(("snapchat", "snapchat:" + user))
    elif feature == "telegram":
        user = handle(name).replace(".", "_") + "tg"
        parts.append("Telegram t.me/%s" % user)
        labels.append(("telegram", "telegram:" + user))
    elif feature == "whatsapp":
        _, digits = us_number()
        parts.append("WhatsApp wa.me/1%s" % digits)
        labels.append(("whatsapp", "whatsapp:" + e164(digits)))
        labels.append(("phone", e164(digits)))
    elif feature == "twitter":
        user = handle(name).replace(".", "_")
        parts.append("x.com/%s" % user)
        labels.append(("twitter", "twitter:" + user))
    elif feature == "onlyfans":
        user = handle(name)
        parts.append("Subscribe onlyfans.com/%s" % user)
        labels.append(("onlyfans", "onlyfans:" + user))
    elif feature == "url":
        url = "https://%s-%d.example/profile" % (name.lower(), rng.randrange(100))
        parts.append("More pics %s" % url)
        labels.append(("url", url))
    elif feature == "price":
        amount = rng.choice([80, 100, 120, 150, 200, 250, 300])
        unit = rng.choice([("hh", "hh"), ("hr", "hr"), ("hour", "hr"), ("qv", "qv")])
        parts.append(rng.choice(["%d %s", "%d/%s", "$%d per %s"]) % (amount, unit[0]))
        labels.append(("price", "%d/%s" % (amount, unit[1])))
    elif feature == "age":
        age = rng.randrange(19, 35)
        parts.append(rng.choice(["%dyo", "%d yrs", "%d years old"]) % age)
        labels.append(("age", str(age)))


with open("labelled-ads.jsonl", "w", encoding="utf-8") as out:
    for index in range(320):
        out.write(json.dumps(make_ad(index), ensure_ascii=False) + "\n")
