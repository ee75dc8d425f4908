package nl.welzijnsroute.coordination;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads an uploaded XML file without DTDs or external entities, so reading it cannot reach the network or disk. */
final class Xml {

    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private Xml() {
    }

    static Document parse(byte[] content) throws Unreadable {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            throw new Unreadable("geen geldige XML (regel " + e.getLineNumber() + ", kolom " + e.getColumnNumber()
                    + "): " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new Unreadable("geen geldige XML: " + e.getMessage());
        }
    }

    /** The element and all elements below it, in document order. */
    static List<Element> descendants(Element root) {
        List<Element> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collect(child, into);
            }
        }
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && localName.equals(child.getLocalName())
                    && namespace.equals(child.getNamespaceURI())) {
                found.add(child);
            }
        }
        return found;
    }

    /** The element's own text (not that of its child elements). */
    static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    /** An attribute without namespace or in the given one; null when absent or blank. */
    static String attribute(Element element, String namespace, String name) {
        String value = namespace == null ? element.getAttribute(name) : element.getAttributeNS(namespace, name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
