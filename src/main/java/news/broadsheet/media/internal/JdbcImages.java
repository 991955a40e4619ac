package news.broadsheet.media.internal;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import news.broadsheet.media.Image;
import news.broadsheet.media.Images;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcImages implements Images {

    /** Widths that cover a phone, a tablet, a laptop and a large screen at 1x and 2x density. */
    static final List<Integer> VARIANT_WIDTHS = List.of(480, 800, 1200, 1600);
    private static final float JPEG_QUALITY = 0.82f;

    private final JdbcClient jdbc;

    JdbcImages(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        jdbc.sql("""
                        select i.id, i.width, i.height, i.alt_text, i.caption, i.credit,
                               array_agg(v.width order by v.width) as widths
                        from image i join image_variant v on v.image_id = i.id
                        where i.id = any(:ids)
                        group by i.id""")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, row) -> {
                    Integer[] widths = (Integer[]) rs.getArray("widths").getArray();
                    return new Image(rs.getLong("id"), rs.getInt("width"), rs.getInt("height"),
                            rs.getString("alt_text"), rs.getString("caption"), rs.getString("credit"), List.of(widths));
                })
                .list()
                .forEach(image -> images.put(image.id(), image));
        return images;
    }

    @Override
    public List<Image> recent(int limit) {
        List<Long> ids = jdbc.sql("select id from image order by created_at desc, id desc limit :limit")
                .param("limit", limit).query(Long.class).list();
        Map<Long, Image> found = findAll(ids);
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    @Override
    @Transactional
    public Image store(BufferedImage picture, String altText, String caption, String credit) {
        long id = jdbc.sql("""
                        insert into image (width, height, alt_text, caption, credit)
                        values (:width, :height, :alt, :caption, :credit) returning id""")
                .param("width", picture.getWidth())
                .param("height", picture.getHeight())
                .param("alt", altText)
                .param("caption", caption)
                .param("credit", credit)
                .query(Long.class).single();
        List<Integer> widths = new ArrayList<>();
        for (int width : widthsFor(picture.getWidth())) {
            BufferedImage variant = scaled(picture, width);
            jdbc.sql("""
                            insert into image_variant (image_id, width, height, content_type, bytes)
                            values (:id, :width, :height, 'image/jpeg', :bytes)""")
                    .param("id", id)
                    .param("width", variant.getWidth())
                    .param("height", variant.getHeight())
                    .param("bytes", jpeg(variant))
                    .update();
            widths.add(width);
        }
        return new Image(id, picture.getWidth(), picture.getHeight(), altText, caption, credit, widths);
    }

    static List<Integer> widthsFor(int originalWidth) {
        List<Integer> widths = VARIANT_WIDTHS.stream().filter(w -> w <= originalWidth).toList();
        return widths.isEmpty() ? List.of(originalWidth) : widths;
    }

    private static BufferedImage scaled(BufferedImage source, int width) {
        if (source.getWidth() == width && source.getType() == BufferedImage.TYPE_INT_RGB) {
            return source;
        }
        int height = Math.max(1, Math.round((float) source.getHeight() * width / source.getWidth()));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
