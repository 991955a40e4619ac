package news.broadsheet.distribution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XmlDocumentTest {

    private static final String NAMESPACE = "urn:test";

    @Test
    void dropsCharactersXmlForbidsAndKeepsEverythingElse() {
        String text = "a\u0000b\u0001c\u0008d\u000Be\u001Ff\uFFFEg\uFFFFh\uD800i\uDC00j";

        assertThat(XmlDocument.legal(text)).isEqualTo("abcdefghij");
        assertThat(XmlDocument.legal("tab\tline\ncr\r é € \uD83D\uDCF0 \uE000 \uFFFD"))
                .isEqualTo("tab\tline\ncr\r é € \uD83D\uDCF0 \uE000 \uFFFD");
        assertThat(XmlDocument.legal(null)).isEmpty();
    }

    @Test
    void markupInValuesIsEscapedTextAndTheDocumentParses() throws Exception {
        String hostile = "<script>alert(1)</script> ]]> & \"q\" 'a' \u0001\uD800";

        byte[] bytes = new XmlDocument(NAMESPACE, "root")
                .start("item").attribute("value", hostile).element("text", hostile).end()
                .bytes();

        Element item = (Element) parse(bytes).getDocumentElement().getElementsByTagNameNS(NAMESPACE, "item").item(0);
        String legal = "<script>alert(1)</script> ]]> & \"q\" 'a' ";
        assertThat(item.getAttribute("value")).isEqualTo(legal);
        assertThat(item.getElementsByTagNameNS(NAMESPACE, "text").item(0).getTextContent()).isEqualTo(legal);
    }

    @Test
    void timesAreUtcToTheSecond() throws Exception {
        byte[] bytes = new XmlDocument(NAMESPACE, "root")
                .element("at", Instant.parse("2013-05-10T16:46:12.345678Z"))
                .bytes();

        assertThat(parse(bytes).getDocumentElement().getTextContent()).isEqualTo("2013-05-10T16:46:12Z");
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
