package news.broadsheet.support.internal;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each edition's support settings; an edition with no row yet gets sensible ones. */
@Component
class JdbcSupportSettings {

    private final JdbcClient jdbc;

    JdbcSupportSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SupportSettings of(String editionCode) {
        return stored(editionCode).orElseGet(() -> new SupportSettings(editionCode, List.of(500L, 1000L, 2000L),
                100, 100_000, 3));
    }

    private Optional<SupportSettings> stored(String editionCode) {
        return jdbc.sql("""
                        select edition_code, preset_amounts, minimum_amount, maximum_amount, appeal_after_paragraph
                        from support_setting where edition_code = :code""")
                .param("code", editionCode)
                .query((rs, row) -> {
                    Array presets = rs.getArray("preset_amounts");
                    return new SupportSettings(rs.getString("edition_code"),
                            Arrays.stream((Long[]) presets.getArray()).toList(), rs.getLong("minimum_amount"),
                            rs.getLong("maximum_amount"), rs.getInt("appeal_after_paragraph"));
                })
                .optional();
    }

    void store(SupportSettings settings) {
        jdbc.sql("""
                        insert into support_setting (edition_code, preset_amounts, minimum_amount, maximum_amount,
                                                     appeal_after_paragraph)
                        values (:code, :presets, :minimum, :maximum, :after)
                        on conflict (edition_code) do update set preset_amounts = excluded.preset_amounts,
                            minimum_amount = excluded.minimum_amount, maximum_amount = excluded.maximum_amount,
                            appeal_after_paragraph = excluded.appeal_after_paragraph, updated_at = now()""")
                .param("code", settings.editionCode())
                .param("presets", settings.presets().toArray(Long[]::new))
                .param("minimum", settings.minimum())
                .param("maximum", settings.maximum())
                .param("after", settings.appealAfterParagraph())
                .update();
    }
}
