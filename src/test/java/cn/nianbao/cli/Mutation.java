package cn.nianbao.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ways to spoil a data file, each driven by a seeded random source so that a case reproduces. */
enum Mutation {
  DELETE_LINE {
    @Override
    String once(List<String> lines, Random r) {
      lines.remove(r.nextInt(lines.size()));
      return join(lines);
    }
  },
  DUPLICATE_LINE {
    @Override
    String once(List<String> lines, Random r) {
      int i = r.nextInt(lines.size());
      lines.add(i, lines.get(i));
      return join(lines);
    }
  },
  SWAP_LINES {
    @Override
    String once(List<String> lines, Random r) {
      int i = r.nextInt(lines.size());
      int j = r.nextInt(lines.size());
      String t = lines.get(i);
      lines.set(i, lines.get(j));
      lines.set(j, t);
      return join(lines);
    }
  },
  RENAME_KEY {
    @Override
    String once(List<String> lines, Random r) {
      int i = lineWith(lines, r, ":");
      String line = lines.get(i);
      int colon = line.indexOf(':');
      int at = r.nextInt(Math.max(1, colon));
      lines.set(i, line.substring(0, at) + pick(r, "甲乙a_1 　") + line.substring(at + 1));
      return join(lines);
    }
  },
  WRONG_TYPE {
    @Override
    String once(List<String> lines, Random r) {
      String[] swaps = {"十二", "[1, 2]", "{甲: 1}", "\"12\"", "12.5", "-3", "1e3", "0x10", "12件",
          "1,234", "１２", "true", "~", "null", "'/'", "不适用", "99999999999999999999", ""};
      return replaceSomeNumber(join(lines), r, () -> swaps[r.nextInt(swaps.length)]);
    }
  },
  OTHER_NUMBER {
    @Override
    String once(List<String> lines, Random r) {
      return replaceSomeNumber(join(lines), r, () -> String.valueOf(r.nextInt(1000)));
    }
  },
  UNICODE_JUNK {
    @Override
    String once(List<String> lines, Random r) {
      String text = join(lines);
      String[] junk = {"\u200B", "\uFEFF", "\u2060", "\u202E", "\u0000", "\u0007", "\u001B", "\t",
          "\r", "：", "，", "｛", "］", "　", "😀", "𠀀", "\u00A0", "\\", "\"", "'", "#", "&", "*",
          "!", "%", "@", "`", "|", ">", "-", "?", "{", "}", "[", "]", ",", "\n  ", "\n"};
      int at = r.nextInt(text.length() + 1);
      return text.substring(0, at) + junk[r.nextInt(junk.length)] + text.substring(at);
    }
  },
  TRUNCATE {
    @Override
    String once(List<String> lines, Random r) {
      String text = join(lines);
      return text.substring(0, r.nextInt(text.length() + 1));
    }
  },
  ALIAS {
    @Override
    String once(List<String> lines, Random r) {
      int i = lineWith(lines, r, ": ");
      String line = lines.get(i);
      int colon = line.indexOf(": ");
      String[] forms = {"*org", "&org 某镇", "*nope", "<<: *org"};
      lines.set(i, line.substring(0, colon + 2) + forms[r.nextInt(forms.length)]);
      return join(lines);
    }
  },
  EXTRA_DOCUMENT {
    @Override
    String once(List<String> lines, Random r) {
      return join(lines) + (r.nextBoolean() ? "\n---\n机关: 另一个镇人民政府\n" : "\n...\n垃圾\n");
    }
  },
  INDENT {
    @Override
    String once(List<String> lines, Random r) {
      int i = r.nextInt(lines.size());
      String[] prefixes = {" ", "  ", "\t", ""};
      String line = lines.get(i);
      lines.set(i, r.nextBoolean() ? prefixes[r.nextInt(prefixes.length)] + line : line.strip());
      return join(lines);
    }
  };

  private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,] )\\d+");

  /** Applies this mutation once or twice. */
  String apply(String text, Random r) {
    int times = 1 + r.nextInt(2);
    for (int k = 0; k < times && !text.isEmpty(); k++) {
      text = once(new ArrayList<>(Arrays.asList(text.split("\n", -1))), r);
    }
    return text;
  }

  abstract String once(List<String> lines, Random r);

  private static String join(List<String> lines) {
    return String.join("\n", lines);
  }

  private static String pick(Random r, String chars) {
    int i = r.nextInt(chars.length());
    return chars.substring(i, i + 1);
  }

  /** Replaces one randomly chosen numeric value; the text as it is when it has none. */
  private static String replaceSomeNumber(String text, Random r, Supplier<String> by) {
    Matcher m = NUMBER.matcher(text);
    List<int[]> at = new ArrayList<>();
    while (m.find()) {
      at.add(new int[] {m.start(), m.end()});
    }
    if (at.isEmpty()) {
      return text;
    }
    int[] n = at.get(r.nextInt(at.size()));
    return text.substring(0, n[0]) + by.get() + text.substring(n[1]);
  }

  /** A random line containing {@code s}, or any line when none does. */
  private static int lineWith(List<String> lines, Random r, String s) {
    for (int tries = 0; tries < 50; tries++) {
      int i = r.nextInt(lines.size());
      if (lines.get(i).contains(s)) {
        return i;
      }
    }
    return r.nextInt(lines.size());
  }
}
