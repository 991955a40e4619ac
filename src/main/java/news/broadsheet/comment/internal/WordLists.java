package news.broadsheet.comment.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moderators' word lists: a banned word refuses a comment, a suspect word holds it for a moderator. Words
 * match whole words, case and accents as typed aside from case.
 */
@Component
class WordLists {

    enum Kind { BANNED, SUSPECT }

    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}'’-]+");
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]{1,60}");

    private final JdbcClient jdbc;

    WordLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> words(Kind kind) {
        return jdbc.sql("select word from comment_word where kind = :kind order by word")
                .param("kind", kind.name().toLowerCase(Locale.ROOT)).query(String.class).list();
    }

    /** The first listed word of this kind the text contains, or null. */
    String firstIn(String text, Kind kind) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : NOT_A_WORD_CHARACTER.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        return jdbc.sql("select word from comment_word where kind = :kind and word = any(:words) order by word limit 1")
                .param("kind", kind.name().toLowerCase(Locale.ROOT))
                .param("words", words.toArray(String[]::new))
                .query(String.class).optional().orElse(null);
    }

    /** Adds the word to the list, moving it from the other list if it was there. */
    void add(String word, Kind kind) {
        jdbc.sql("""
                        insert into comment_word (word, kind) values (:word, :kind)
                        on conflict (word) do update set kind = excluded.kind""")
                .param("word", word.toLowerCase(Locale.ROOT)).param("kind", kind.name().toLowerCase(Locale.ROOT)).update();
    }

    void remove(String word) {
        jdbc.sql("delete from comment_word where word = :word").param("word", word.toLowerCase(Locale.ROOT)).update();
    }
}
