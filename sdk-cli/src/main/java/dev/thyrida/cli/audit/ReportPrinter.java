package dev.thyrida.cli.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.thyrida.cli.shell.Language;
import dev.thyrida.cli.shell.Printable;
import dev.thyrida.policy.audit.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the audit's findings in one of the {@link AuditFormat}s. */
final class ReportPrinter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AuditFormat format;
  private final Language language;
  private final PrintWriter out;

  ReportPrinter(AuditFormat format, Language language, PrintWriter out) {
    this.format = format;
    this.language = language;
    this.out = out;
  }

  /** Prints the findings; the heading names what was audited and when (text only). */
  void print(String heading, List<Report> reports) {
    if (format == AuditFormat.JSON) {
      reports.forEach(report -> out.println(json(report)));
    } else if (format == AuditFormat.CSV) {
      csv(reports);
    } else {
      text(heading, reports);
    }
  }

  private String json(Report report) {
    ObjectNode node = JSON.createObjectNode();
    report.fields().forEach((name, value) -> {
      if (name.equals("days") && !value.isEmpty()) {
        node.put(name, Long.parseLong(value));
      } else if (!value.isEmpty()) {
        node.put(name, value);
      }
    });
    node.set("parameters", JSON.valueToTree(report.finding().parameters()));
    return node.toString();
  }

  private void csv(List<Report> reports) {
    try {
      CSVPrinter printer = new CSVPrinter(out,
          CSVFormat.RFC4180.builder().setHeader(Report.COLUMNS.toArray(String[]::new)).get());
      for (Report report : reports) {
        printer.printRecord(report.fields().values().stream().map(ReportPrinter::inert).toList());
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A cell a spreadsheet will not run as a formula (OWASP, CSV injection): a cell starting with
   * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show
   * as text and do not run.
   */
  static String inert(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private void text(String heading, List<Report> reports) {
    out.println(heading);
    for (Report report : reports) {
      Map<String, String> fields = report.fields();
      StringBuilder line = new StringBuilder()
          .append(language.text("audit.severity." + fields.get("severity"))).append(" [")
          .append(fields.get("code")).append(", ").append(fields.get("clause")).append("]");
      append(line, "audit.kep", fields.get("kep"));
      append(line, "audit.mailbox", fields.get("mailbox"));
      if (!fields.get("person").isEmpty()) {
        line.append(" \u00b7 ").append(fields.get("person_name").isEmpty() ? fields.get("person")
            : fields.get("person_name") + " (" + fields.get("person") + ")");
      }
      if (!fields.get("since").isEmpty()) {
        line.append(" \u00b7 ").append(language.text(fields.get("days").isEmpty() ? "audit.since" : "audit.since-days",
            "since", Cells.local(report.finding().since().orElseThrow()), "days", fields.get("days")));
      }
      out.println();
      out.println(Printable.escaped(line.toString()));
      out.println("  " + Printable.escaped(report.message()));
    }
    out.println();
    out.println(summary(reports));
  }

  private void append(StringBuilder line, String key, String value) {
    if (!value.isEmpty()) {
      line.append(" \u00b7 ").append(language.text(key, "value", value));
    }
  }

  private String summary(List<Report> reports) {
    if (reports.isEmpty()) {
      return language.text("audit.none");
    }
    Map<Severity, Long> counts = reports.stream().collect(Collectors.groupingBy(report -> report.finding().severity(),
        () -> new EnumMap<>(Severity.class), Collectors.counting()));
    String key = reports.size() == 1 ? "audit.summary-one" : "audit.summary";
    return language.text(key, "count", reports.size(), "severities", counts.entrySet().stream()
        .map(each -> each.getValue() + " " + language.text("audit.severity." + each.getKey().name()))
        .collect(Collectors.joining(", ")));
  }
}
