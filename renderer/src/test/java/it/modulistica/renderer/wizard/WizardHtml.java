package it.modulistica.renderer.wizard;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A wizard step's HTML read as XML (the templates write well-formed markup), with XPath queries and
 * what a browser would post for it.
 */
final class WizardHtml {

    private final Document document;

    WizardHtml(String html) {
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<root>" + html + "</root>")));
        } catch (Exception e) {
            throw new IllegalArgumentException("Not well-formed: " + e.getMessage() + "\n" + html, e);
        }
    }

    List<Element> all(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (Exception e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    Element one(String xpath) {
        List<Element> found = all(xpath);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " elements for " + xpath);
        }
        return found.get(0);
    }

    Element byId(String id) {
        return one("//*[@id='" + id + "']");
    }

    /** The name/value pairs a browser posts for the enabled controls, in document order. */
    Map<String, List<String>> posted() {
        Map<String, List<String>> posted = new LinkedHashMap<>();
        for (Element control : all("//input | //select | //textarea")) {
            String name = control.getAttribute("name");
            if (name.isEmpty() || control.hasAttribute("disabled")) {
                continue;
            }
            List<String> values = posted.computeIfAbsent(name, k -> new ArrayList<>());
            switch (control.getTagName()) {
                case "select" -> all("//select[@name='" + name + "']/option[@selected]")
                        .forEach(option -> values.add(option.getAttribute("value")));
                case "textarea" -> values.add(control.getTextContent());
                default -> {
                    String type = control.getAttribute("type");
                    if (!(type.equals("checkbox") || type.equals("radio")) || control.hasAttribute("checked")) {
                        values.add(control.getAttribute("value"));
                    }
                }
            }
        }
        return posted;
    }
}
