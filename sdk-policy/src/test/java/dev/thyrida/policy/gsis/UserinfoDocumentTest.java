package dev.thyrida.policy.gsis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * X6: each hardening flag of the userinfo parser, one by one (issue 13). Refusing DOCTYPE alone
 * stops every known attack, so no attack test notices when another flag is dropped; they are
 * defence in depth should a JDK parser ever ignore one, and each is checked here.
 */
class UserinfoDocumentTest {

  @Test
  @DisplayName("X6: secure processing, no DOCTYPE, no external entities or DTDs, no XInclude, no expansion")
  void everyFlagSet() throws Exception {
    DocumentBuilderFactory factory = UserinfoDocument.factory();
    assertTrue(factory.getFeature(XMLConstants.FEATURE_SECURE_PROCESSING));
    assertTrue(factory.getFeature("http://apache.org/xml/features/disallow-doctype-decl"));
    assertFalse(factory.getFeature("http://xml.org/sax/features/external-general-entities"));
    assertFalse(factory.getFeature("http://xml.org/sax/features/external-parameter-entities"));
    assertFalse(factory.getFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd"));
    assertEquals("", factory.getAttribute(XMLConstants.ACCESS_EXTERNAL_DTD));
    assertEquals("", factory.getAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA));
    assertFalse(factory.isXIncludeAware());
    assertFalse(factory.isExpandEntityReferences());
    assertTrue(factory.isNamespaceAware());
  }
}
