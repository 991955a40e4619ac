package news.broadsheet.newsroom.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-by-word comparison of two texts, as runs of unchanged, removed and added text. The template escapes
 * every run and wraps changes in {@code <del>} and {@code <ins>}, so no text is ever trusted as markup.
 */
public final class RevisionDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    public record Run(Kind kind, String text) {

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    /** Words and the spaces between them are separate tokens, so a diff keeps the text's own spacing. */
    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private RevisionDiff() {
    }

    /**
     * Changes separated only by white space are shown as one removal and one addition, so a rewritten sentence
     * reads as the old sentence then the new one rather than alternating word by word.
     */
    public static List<Run> between(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        List<Run> runs = new ArrayList<>();
        Change change = new Change();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            String same = String.join("", old.subList(position, delta.getSource().getPosition()));
            if (change.isOpen() && same.isBlank()) {
                change.carry(same);
            } else {
                change.closeInto(runs);
                add(runs, Kind.SAME, same);
            }
            change.add(String.join("", delta.getSource().getLines()), String.join("", delta.getTarget().getLines()));
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        change.closeInto(runs);
        add(runs, Kind.SAME, String.join("", old.subList(position, old.size())));
        return runs;
    }

    public static boolean changed(List<Run> runs) {
        return runs.stream().anyMatch(run -> run.kind() != Kind.SAME);
    }

    /** A removal and an addition being gathered; white space between their parts belongs to both. */
    private static final class Change {
        private final StringBuilder removed = new StringBuilder();
        private final StringBuilder added = new StringBuilder();
        private boolean removes;
        private boolean adds;

        boolean isOpen() {
            return removes || adds;
        }

        void carry(String whiteSpace) {
            removed.append(whiteSpace);
            added.append(whiteSpace);
        }

        void add(String removal, String addition) {
            removed.append(removal);
            added.append(addition);
            removes |= !removal.isEmpty();
            adds |= !addition.isEmpty();
        }

        void closeInto(List<Run> runs) {
            if (removes) {
                runs.add(new Run(Kind.REMOVED, removed.toString()));
            }
            if (adds) {
                runs.add(new Run(Kind.ADDED, added.toString()));
            }
            removed.setLength(0);
            added.setLength(0);
            removes = false;
            adds = false;
        }
    }

    private static void add(List<Run> runs, Kind kind, String text) {
        if (!text.isEmpty()) {
            runs.add(new Run(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
