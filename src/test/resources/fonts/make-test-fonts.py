#!/usr/bin/python3
"""Makes the tiny test fonts in this folder from the bundled fonts (run once by hand, from the
repository root: /usr/bin/python3 src/test/resources/fonts/make-test-fonts.py; needs fontTools).
The results are committed; nothing runs this at build or test time."""
from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.ttCollection import TTCollection

HERE = "src/test/resources/fonts/"
BODY_TEXT = "本报告根据中华人民共和国政府信息公开条例编制。，全年共收到申请件"


def cut(source, text):
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    font = TTFont(source)
    sub = subset.Subsetter(options)
    sub.populate(text=text)
    sub.subset(font)
    return font


def rename(font, family_zh, family_en, postscript):
    name = font["name"]
    name.names = []
    for lang, family in ((0x409, family_en), (0x804, family_zh)):
        name.setName(family, 1, 3, 1, lang)
        name.setName("Regular", 2, 3, 1, lang)
        name.setName(family, 4, 3, 1, lang)
    name.setName(postscript, 6, 3, 1, 0x409)
    name.setName(family_en, 1, 1, 0, 0)  # Mac Roman record, as older fonts carry
    if "CFF " in font:
        font["CFF "].cff.fontNames = [postscript]
    return font


# An "official" 仿宋_GB2312 for the configured-folder test: FandolFang glyphs, renamed.
rename(cut("fonts/FandolFang-Regular.otf", BODY_TEXT), "仿宋_GB2312", "FangSong_GB2312",
       "FangSong_GB2312").save(HERE + "configured/FangSong_GB2312-test.otf")

# Name-table reader fixtures: a TrueType font and a two-face collection (Liberation Serif glyphs).
kai = rename(cut("fonts/LiberationSerif-Regular.ttf", "ABC123"), "楷体_GB2312", "KaiTi_GB2312",
             "KaiTi_GB2312")
kai.save(HERE + "names/KaiTi_GB2312-test.ttf")
hei = rename(cut("fonts/LiberationSerif-Regular.ttf", "ABC123"), "黑体", "SimHei", "SimHei")
collection = TTCollection()
collection.fonts = [TTFont(HERE + "names/KaiTi_GB2312-test.ttf"), hei]
collection.save(HERE + "names/KaiTi-SimHei-test.ttc")
