package dev.thyrida.cli.explain;

import dev.thyrida.cli.shell.InputException;
import dev.thyrida.cli.shell.Language;
import dev.thyrida.cli.shell.LanguageOption;
import dev.thyrida.cli.shell.Session;
import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.clause.ClauseText;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.policy.explain.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code thyrida explain CODE|CLAUSE}: a code or a clause in words, from the register in the jar. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Print a clause (e.g. K5, C6, L26-3, D7, X4) or a violation code (e.g. PASSWORD_TOO_SHORT): "
        + "its source, its Greek text, an English rendering, and for a code its message.",
    footer = {"", "Exit status: 0 printed, 2 unknown clause or code, or usage error."})
public final class ExplainCommand implements Callable<Integer> {

  private final Session session;

  @Parameters(paramLabel = "CODE|CLAUSE", description = "A clause id or a violation code.")
  private String subject;

  @Mixin
  private LanguageOption lang;

  /**
   * Creates the command for a session.
   *
   * @param session where it writes
   */
  public ExplainCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Language language = lang.language(session);
    PrintWriter out = session.out();
    List<ViolationCode> codes = KnownCodes.named(subject);
    for (ViolationCode code : codes) {
      String template = Messages.template(KnownCodes.type(code), code.name(), language.locale());
      out.println(code.name() + " (" + code.clause().id() + ")");
      out.println("  " + language.text("explain.message") + " " + template);
      if (!code.parameters().isEmpty()) {
        out.println("  " + language.text("explain.parameters") + " " + String.join(", ", code.parameters()));
      }
      out.println();
      clause(out, code.clause(), language);
    }
    if (codes.isEmpty()) {
      clause(out, clauseOf(language), language);
    }
    return 0;
  }

  private Clause clauseOf(Language language) {
    try {
      return Clause.ofId(subject.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InputException(language.text("explain.unknown", "subject", subject));
    }
  }

  private static void clause(PrintWriter out, Clause clause, Language language) {
    ClauseText text = clause.text();
    Locale locale = language.locale();
    out.println(clause.id() + " \u2014 " + text.title(locale));
    out.println("  " + language.text("explain.kind." + text.kind().name().toLowerCase(Locale.ROOT)));
    out.println("  " + language.text("explain.source") + " "
        + (language == Language.EL ? text.source().titleGreek() : text.source().titleEnglish())
        + " (" + text.source().reference() + ")");
    out.println("  " + language.text(text.kind().quotesASource() ? "explain.original" : "explain.greek"));
    out.println("    " + text.greek());
    if (language == Language.EN) {
      out.println("  " + language.text("explain.english"));
      out.println("    " + text.english());
    }
  }
}
