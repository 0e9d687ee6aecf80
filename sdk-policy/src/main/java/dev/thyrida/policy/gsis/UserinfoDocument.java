package dev.thyrida.policy.gsis;

import dev.thyrida.policy.gsis.InvalidUserinfoException.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the XML of a userinfo answer into its attribute values, trimmed and with character
 * references decoded, refusing any other shape. The JDK parser runs with secure processing, no
 * DOCTYPE, no external entities, DTDs or schemas, no XInclude, and a silent error handler. Internal.
 */
final class UserinfoDocument {

  /** Far above any real answer; refuses a huge input before parsing it. */
  static final int MAX_LENGTH = 16 * 1024;

  /** The longest name of an element or attribute a refusal repeats. */
  static final int MOST_NAMED = 32;

  static final Set<String> ATTRIBUTES = Set.of(
      "userid", "taxid", "lastname", "firstname", "fathername", "mothername", "birthyear");

  private UserinfoDocument() {}

  /** The answer's attributes, trimmed and decoded, by name; absent ones are left out. */
  static Map<String, String> attributes(String xml) {
    if (xml == null || xml.isBlank() || xml.length() > MAX_LENGTH) {
      throw new InvalidUserinfoException(Problem.NOT_XML, "document");
    }
    Element userinfo = userinfo(parse(xml).getDocumentElement());
    Map<String, String> values = new LinkedHashMap<>();
    NamedNodeMap attributes = userinfo.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String name = attribute.getName();
      if (attribute.getNamespaceURI() != null || !ATTRIBUTES.contains(name)) {
        throw new InvalidUserinfoException(Problem.UNEXPECTED_CONTENT, "userinfo/@" + cut(name));
      }
      values.put(name, CharacterReferences.decode(attribute.getValue(), name));
    }
    return values;
  }

  private static Element userinfo(Element root) {
    if (!"root".equals(root.getTagName())) {
      throw new InvalidUserinfoException(Problem.UNEXPECTED_ELEMENT, cut(root.getTagName()));
    }
    if (root.hasAttributes()) {
      throw new InvalidUserinfoException(Problem.UNEXPECTED_CONTENT, "root/@*");
    }
    Element userinfo = null;
    for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE && userinfo == null
          && "userinfo".equals(child.getNodeName())) {
        userinfo = (Element) child;
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        throw new InvalidUserinfoException(Problem.UNEXPECTED_ELEMENT, "root/" + cut(child.getNodeName()));
      } else if (!isIgnorable(child)) {
        throw new InvalidUserinfoException(Problem.UNEXPECTED_CONTENT, "root");
      }
    }
    if (userinfo == null) {
      throw new InvalidUserinfoException(Problem.UNEXPECTED_ELEMENT, "root/userinfo");
    }
    if (userinfo.hasChildNodes()) {
      throw new InvalidUserinfoException(Problem.UNEXPECTED_CONTENT, "userinfo");
    }
    return userinfo;
  }

  /**
   * A name from the document as a refusal names it: cut after {@value #MOST_NAMED} characters, since
   * the document is untrusted and a name of up to 1,000 characters would go whole into it (found by
   * {@code GsisUserinfoFuzzTest}).
   */
  static String cut(String name) {
    return name.length() <= MOST_NAMED ? name : name.substring(0, MOST_NAMED) + "\u2026";
  }

  private static boolean isIgnorable(Node node) {
    return node.getNodeType() == Node.COMMENT_NODE
        || node.getNodeType() == Node.TEXT_NODE && node.getNodeValue().isBlank();
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(SILENT);
      builder.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external entities are never resolved");
      });
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      boolean doctype = e.getMessage() != null && e.getMessage().contains("DOCTYPE");
      throw new InvalidUserinfoException(doctype ? Problem.DOCTYPE_FORBIDDEN : Problem.NOT_XML, "document");
    } catch (SAXException | IOException e) {
      throw new InvalidUserinfoException(Problem.NOT_XML, "document");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
    }
  }

  /** The parser factory, every hardening flag set (each is checked by UserinfoDocumentTest). */
  static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(true);
    return factory;
  }

  /** Keeps the parser from printing to standard error: every problem becomes an exception. */
  private static final ErrorHandler SILENT = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {
      // a warning changes nothing in what we accept
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };
}
