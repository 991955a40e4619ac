package news.broadsheet.media.internal;

import java.awt.image.BufferedImage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.audit.AuditTrail;
import news.broadsheet.media.Image;
import news.broadsheet.media.ImageRejected;
import news.broadsheet.media.ImageWords;
import news.broadsheet.media.Images;
import news.broadsheet.site.ContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The library in PostgreSQL. Pictures are decoded and encoded before a transaction opens, so a connection is
 * only held for the inserts; the inserts and the audit record are one transaction, kept whole or not at all.
 */
@Component
class JdbcImages implements Images {

    private static final String SELECT_IMAGES = """
            select i.id, i.width, i.height, i.alt_text, i.caption, i.credit,
                   array_agg(v.width order by v.width) as widths
            from image i join image_variant v on v.image_id = i.id
            """;

    private final JdbcClient jdbc;
    private final UploadedPictures uploads;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    JdbcImages(JdbcClient jdbc, UploadedPictures uploads, AuditTrail audit, TransactionTemplate transactions,
               ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.uploads = uploads;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public Optional<Image> find(long id) {
        return Optional.ofNullable(findAll(List.of(id)).get(id));
    }

    @Override
    public Map<Long, Image> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Image> images = new HashMap<>();
        jdbc.sql(SELECT_IMAGES + "where i.id = any(:ids) group by i.id")
                .param("ids", ids.toArray(Long[]::new))
                .query(JdbcImages::image)
                .list()
                .forEach(image -> images.put(image.id(), image));
        return images;
    }

    @Override
    public List<Image> newestFirst(int offset, int limit) {
        return jdbc.sql(SELECT_IMAGES + """
                        where i.id in (select id from image order by id desc limit :limit offset :offset)
                        group by i.id order by i.id desc""")
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcImages::image)
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from image").query(Long.class).single();
    }

    @Override
    public Image store(BufferedImage picture, String altText, String caption, String credit) {
        PreparedPicture prepared = new PreparedPicture(picture.getWidth(), picture.getHeight(), Variants.of(picture));
        return transactions.execute(status -> insert(prepared, new ImageWords(altText, caption, credit)));
    }

    @Override
    public Image upload(byte[] file, ImageWords words, String uploadedBy) {
        ImageWords checked = WordRules.tidied(words);
        // Everything that can be told without decoding is told at once: a refused form is sent again whole.
        Map<String, String> problems = new LinkedHashMap<>();
        UploadedPictures.problemWith(file).ifPresent(problem -> problems.put(ImageRejected.FILE, problem));
        problems.putAll(WordRules.problems(checked));
        if (!problems.isEmpty()) {
            throw new ImageRejected(problems);
        }
        PreparedPicture prepared = uploads.prepare(file);
        return transactions.execute(status -> {
            Image image = insert(prepared, checked);
            audit.record(uploadedBy, "uploaded picture", "image", String.valueOf(image.id()),
                    image.width() + " × " + image.height() + " px, " + file.length / 1024 + " KB");
            return image;
        });
    }

    @Override
    public Optional<Image> updateWords(long id, ImageWords words, String changedBy) {
        ImageWords checked = WordRules.checked(words);
        return transactions.execute(status -> {
            int changed = jdbc.sql("update image set alt_text = :alt, caption = :caption, credit = :credit where id = :id")
                    .param("alt", checked.altText())
                    .param("caption", checked.caption())
                    .param("credit", checked.credit())
                    .param("id", id)
                    .update();
            if (changed == 0) {
                return Optional.empty();
            }
            audit.record(changedBy, "changed picture words", "image", String.valueOf(id), "");
            // Published pages show these words under the picture and in its alt attribute.
            events.publishEvent(new ContentChanged("picture"));
            return find(id);
        });
    }

    @Override
    public boolean readyToPublish(long id) {
        return find(id).map(Image::readyToPublish).orElse(false);
    }

    private Image insert(PreparedPicture picture, ImageWords words) {
        long id = jdbc.sql("""
                        insert into image (width, height, alt_text, caption, credit)
                        values (:width, :height, :alt, :caption, :credit) returning id""")
                .param("width", picture.width())
                .param("height", picture.height())
                .param("alt", words.altText())
                .param("caption", words.caption())
                .param("credit", words.credit())
                .query(Long.class).single();
        for (Variants.Variant variant : picture.variants()) {
            jdbc.sql("""
                            insert into image_variant (image_id, width, height, content_type, bytes)
                            values (:id, :width, :height, 'image/jpeg', :bytes)""")
                    .param("id", id)
                    .param("width", variant.width())
                    .param("height", variant.height())
                    .param("bytes", variant.jpeg())
                    .update();
        }
        return new Image(id, picture.width(), picture.height(), words.altText(), words.caption(), words.credit(),
                picture.variants().stream().map(Variants.Variant::width).toList());
    }

    private static Image image(ResultSet rs, int row) throws SQLException {
        Integer[] widths = (Integer[]) rs.getArray("widths").getArray();
        return new Image(rs.getLong("id"), rs.getInt("width"), rs.getInt("height"),
                rs.getString("alt_text"), rs.getString("caption"), rs.getString("credit"), List.of(widths));
    }
}
