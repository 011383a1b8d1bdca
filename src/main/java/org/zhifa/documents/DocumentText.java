package org.zhifa.documents;

import java.io.ByteArrayInputStream;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of a document as it reads, from the XHTML it was laid out from: paragraphs on lines of their own, and
 * without what only the printed page carries (elements of class {@code print}: running header and footer,
 * verification code, signature lines), so that publication shows the decision and nothing else.
 */
final class DocumentText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "table", "ol", "ul", "section", "br");

    private DocumentText() {
    }

    static String of(byte[] xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setNamespaceAware(false);
            org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml));
            Node body = document.getElementsByTagName("body").item(0);
            StringBuilder text = new StringBuilder();
            walk(body == null ? document.getDocumentElement() : body, text);
            return text.toString().replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" *\\n[ \\n]*", "\n").strip();
        } catch (Exception e) {
            throw new IllegalStateException("document text unreadable: " + e.getMessage(), e);
        }
    }

    private static void walk(Node node, StringBuilder text) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            text.append(node.getNodeValue().replaceAll("\\s+", " "));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String name = element.getTagName().toLowerCase();
        if (name.equals("head") || name.equals("style") || name.equals("script")
                || (" " + element.getAttribute("class") + " ").contains(" print ")) {
            return;
        }
        boolean block = BLOCKS.contains(name);
        if (block) {
            text.append('\n');
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            walk(child, text);
            if (name.equals("tr") && child instanceof Element) {
                text.append(' ');
            }
        }
        if (block) {
            text.append('\n');
        }
    }
}
