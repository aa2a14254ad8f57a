#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The peer baseline for bench_entities: jieba's part-of-speech tags as entities.

Reads one JSON object with a "text" per line on stdin and prints, per line, a JSON list of
[type, start, end] in code points: nr* -> PER, nt -> ORG, a numeral (m) followed by a measure
word (q) -> FIG. Run with Debian's python3-jieba: /usr/bin/python3 jieba_baseline.py
"""
import json
import logging
import sys

import jieba
import jieba.posseg

jieba.setLogLevel(logging.WARNING)


def entities(text):
    found = []
    offset = 0
    previous = None  # (flag, start) of the token before
    for pair in jieba.posseg.cut(text):
        word, flag = pair.word, pair.flag
        start, end = offset, offset + len(word)
        if flag.startswith("nr"):
            found.append(["PER", start, end])
        elif flag == "nt":
            found.append(["ORG", start, end])
        elif flag == "q" and previous and previous[0] == "m" and previous[2] == start:
            found.append(["FIG", previous[1], end])
        elif flag == "mq":
            found.append(["FIG", start, end])
        previous = (flag, start, end)
        offset = end
    return found


for line in sys.stdin:
    print(json.dumps(entities(json.loads(line)["text"]), ensure_ascii=False), flush=True)
