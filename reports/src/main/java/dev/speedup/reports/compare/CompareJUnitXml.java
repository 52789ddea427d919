package dev.speedup.reports.compare;

import dev.speedup.reports.output.SafeFiles;
import dev.speedup.reports.render.Escape;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code compare.xml} in JUnit's XML: one testcase per row, a failure per row that fails the build,
 * skipped for rows that could not be decided, so any CI shows the gate in its test view.
 */
final class CompareJUnitXml {
    private CompareJUnitXml() {}

    static String render(Comparison c) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "speedup compare");
            xml.writeAttribute("tests", Integer.toString(c.rows().size()));
            xml.writeAttribute(
                    "failures", Long.toString(c.rows().stream().filter(c::fails).count()));
            xml.writeAttribute(
                    "skipped",
                    Long.toString(
                            c.rows().stream().filter(CompareJUnitXml::skipped).count()));
            xml.writeCharacters("\n");
            xml.writeStartElement("properties");
            for (String line : c.preamble()) {
                xml.writeEmptyElement("property");
                xml.writeAttribute("name", "compare");
                xml.writeAttribute("value", clean(line));
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            for (RowComparison r : c.rows()) {
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", clean(r.key().benchmark()));
                xml.writeAttribute("name", clean(name(r)));
                String message = r.verdict() + " " + Numbers.percent(r.ratio())
                        + (r.note().isEmpty() ? "" : ": " + r.note());
                if (c.fails(r)) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("type", r.verdict().name());
                    xml.writeAttribute("message", clean(message));
                    xml.writeCharacters(clean(detail(r)));
                    xml.writeEndElement();
                } else if (skipped(r)) {
                    xml.writeEmptyElement("skipped");
                    xml.writeAttribute("message", clean(message));
                } else {
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(clean(message));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot build compare.xml", e);
        }
        return out.toString();
    }

    private static boolean skipped(RowComparison r) {
        return r.verdict() == Verdict.INSUFFICIENT
                || r.verdict() == Verdict.INCONCLUSIVE
                || r.verdict() == Verdict.INCOMPARABLE
                || r.verdict() == Verdict.MISSING
                || r.verdict() == Verdict.NEW;
    }

    private static String name(RowComparison r) {
        String others = r.key().otherParams();
        return (r.key().strategy().isEmpty() ? "" : r.key().strategy() + " ") + "p="
                + r.key().cores() + (others.isEmpty() ? "" : " " + others);
    }

    private static String detail(RowComparison r) {
        return r.test()
                .map(t -> "new/base " + Numbers.ratio(t.ratio()) + ", interval "
                        + Numbers.ratio(t.interval().low())
                        + " to " + Numbers.ratio(t.interval().high()) + ", rank p " + Numbers.p(t.rankP())
                        + ", Welch p " + Numbers.p(t.pValue()))
                .orElse(r.note());
    }

    /** XML 1.0 cannot hold most control characters at all: they are shown, not written. */
    private static String clean(String s) {
        return Escape.terminal(s);
    }

    static Path write(Comparison c, Path file) throws IOException {
        return SafeFiles.writeString(file, render(c));
    }
}
