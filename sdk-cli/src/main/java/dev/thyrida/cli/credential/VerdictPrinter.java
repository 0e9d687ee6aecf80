package dev.thyrida.cli.credential;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.thyrida.cli.shell.Language;
import dev.thyrida.cli.shell.Printable;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.CredentialMessages;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Writes judgements to standard output in one of the {@link CheckFormat}s; never a password (D5). */
final class VerdictPrinter {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** How often, in judgements, standard output is checked for a failed write. */
  private static final int CHECK_EVERY = 64;

  private final CheckFormat format;
  private final Language language;
  private final PrintWriter out;
  private long judged;
  private long invalid;

  VerdictPrinter(CheckFormat format, Language language, PrintWriter out) {
    this.format = format;
    this.language = language;
    this.out = out;
  }

  /** Prints one judgement at once, so a reader of a pipe sees it while the next is judged. */
  void print(Judgement judgement) {
    judged++;
    invalid += judgement.verdict().isValid() ? 0 : 1;
    if (format == CheckFormat.CODES) {
      printCodes(judgement);
    } else if (format == CheckFormat.JSON) {
      out.println(json(judgement).toString());
    } else {
      printText(judgement);
    }
  }

  /**
   * Whether standard output can no longer be written (its reader went away, the disk is full):
   * checked every {@value #CHECK_EVERY} judgements, since a check flushes.
   */
  boolean stopped() {
    return judged % CHECK_EVERY == 0 && out.checkError();
  }

  /** Prints (text only) the summary; returns 0 when all were valid, else 1. */
  int finish() {
    if (format == CheckFormat.TEXT) {
      out.println(language.text("check.summary", "total", judged, "invalid", invalid));
    }
    return invalid == 0 ? 0 : 1;
  }

  /** One line per input line: with a confirmation, the mismatch goes on the confirmation's line. */
  private void printCodes(Judgement judgement) {
    List<Violation> violations = judgement.verdict().violations();
    out.println(codes(violations.stream().filter(each -> !isMismatch(each)).toList()));
    if (judgement.confirmed()) {
      out.println(codes(violations.stream().filter(VerdictPrinter::isMismatch).toList()));
    }
  }

  private static boolean isMismatch(Violation violation) {
    return violation.code() == CredentialCode.PASSWORD_CONFIRMATION_MISMATCH;
  }

  private static String codes(List<Violation> violations) {
    return violations.isEmpty() ? "OK"
        : violations.stream().map(each -> each.code().name()).collect(Collectors.joining(","));
  }

  private void printText(Judgement judgement) {
    String where = judgement.confirmed()
        ? language.text("check.lines", "first", judgement.line(), "second", judgement.line() + 1)
        : language.text("check.line", "line", judgement.line());
    String shown = judgement.username().map(name -> " " + Printable.quoted(name)).orElse("");
    boolean valid = judgement.verdict().isValid();
    String strength = judgement.strength()
        .map(level -> " (" + language.text("check.strength", "level", language.text("check.strength." + level.name())) + ")")
        .orElse("");
    out.println(where + shown + ": " + language.text(valid ? "check.valid" : "check.invalid") + strength);
    for (Violation violation : judgement.verdict().violations()) {
      out.println("  - " + violation.code().name() + " [" + violation.clause().id() + "] "
          + CredentialMessages.render(violation, language.locale()));
    }
  }

  private ObjectNode json(Judgement judgement) {
    ObjectNode node = JSON.createObjectNode().put("line", judgement.line());
    if (judgement.confirmed()) {
      node.put("confirmationLine", judgement.line() + 1);
    }
    judgement.username().ifPresent(name -> node.put("username", name));
    node.put("valid", judgement.verdict().isValid());
    judgement.strength().ifPresent(level -> node.put("strength", level.name()));
    ArrayNode violations = node.putArray("violations");
    for (Violation violation : judgement.verdict().violations()) {
      ObjectNode item = violations.addObject().put("code", violation.code().name()).put("clause", violation.clause().id());
      ObjectNode parameters = item.putObject("parameters");
      violation.parameters().forEach(parameters::put);
      item.put("message", CredentialMessages.render(violation, language.locale()));
    }
    return node;
  }
}
