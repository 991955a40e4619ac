package news.broadsheet.distribution.internal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A UTF-8 XML document written with {@link XMLStreamWriter}, so markup in a value is escaped by construction.
 * Every text and attribute value first loses the characters XML 1.0 forbids: a stray control character or
 * half a surrogate pair in a headline must not turn a whole feed into something no reader can parse.
 */
final class XmlDocument {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter writer;
    private final String namespace;

    /** Starts the document with its root element in {@code namespace}, the default namespace throughout. */
    XmlDocument(String namespace, String root) {
        this.namespace = namespace;
        try {
            writer = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        write(() -> {
            writer.writeStartDocument("UTF-8", "1.0");
            writer.setDefaultNamespace(namespace);
            writer.writeStartElement(namespace, root);
            writer.writeDefaultNamespace(namespace);
        });
    }

    /** Declares a prefixed namespace on the root element; call it before the first child. */
    XmlDocument declare(String prefix, String uri) {
        return write(() -> {
            writer.setPrefix(prefix, uri);
            writer.writeNamespace(prefix, uri);
        });
    }

    XmlDocument start(String name) {
        return start(namespace, name);
    }

    XmlDocument start(String uri, String name) {
        return write(() -> writer.writeStartElement(uri, name));
    }

    XmlDocument attribute(String name, String value) {
        return write(() -> writer.writeAttribute(name, legal(value)));
    }

    XmlDocument attribute(String uri, String name, String value) {
        return write(() -> writer.writeAttribute(uri, name, legal(value)));
    }

    XmlDocument end() {
        return write(writer::writeEndElement);
    }

    XmlDocument element(String name, String text) {
        return element(namespace, name, text);
    }

    XmlDocument element(String uri, String name, String text) {
        return start(uri, name).write(() -> writer.writeCharacters(legal(text))).end();
    }

    /** An element holding a time in RFC 3339 / W3C datetime form, in UTC to the second. */
    XmlDocument element(String name, Instant time) {
        return element(namespace, name, time);
    }

    XmlDocument element(String uri, String name, Instant time) {
        return element(uri, name, DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS)));
    }

    /** Closes every open element and returns the finished document. */
    byte[] bytes() {
        write(() -> {
            writer.writeEndDocument();
            writer.close();
        });
        return bytes.toByteArray();
    }

    /** The text without the characters XML 1.0 does not allow anywhere in a document. */
    static String legal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder legal = new StringBuilder(text.length());
        text.codePoints().filter(XmlDocument::allowed).forEach(legal::appendCodePoint);
        return legal.toString();
    }

    /** XML 1.0 {@code Char}; a lone surrogate arrives here as its own code point and fails every range. */
    private static boolean allowed(int c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private XmlDocument write(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            // Writing to memory only fails if the document is built out of order, which is a bug.
            throw new IllegalStateException(e);
        }
        return this;
    }

    private interface Step {
        void run() throws XMLStreamException;
    }
}
