package dev.thyrida.cli;

import dev.thyrida.cli.shell.Language;
import dev.thyrida.cli.shell.ReadsSecrets;
import dev.thyrida.cli.shell.UsageException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * The usage errors of a command that can read a secret (ADR 0062, D5): the message is written from
 * the command's own model (its option names, parameter labels, subcommand names, an argument's
 * position) and never from the arguments' text, so no value typed on the command line, whatever its
 * shape ({@code -x}, {@code --opt=x}, {@code @x}), is ever repeated. A user sees which option or
 * which argument is wrong, and what is accepted there. The same model-only messages serve every
 * command in Greek ({@code LANG=el} or {@code --lang el}), where picocli has no wording (docs/cli.md, usage errors in Greek).
 */
final class Guarded {

  private Guarded() {}

  /**
   * Whether a command's usage errors are guarded: a command that reads secrets, and every
   * subcommand of a group that does ({@code check username} beside {@code check password}, since
   * the user may have picked the wrong one). The root guards only its own errors (an unknown
   * subcommand may be a typo of {@code check}, its arguments a password); its other subcommands
   * read no secret.
   */
  static boolean applies(CommandLine line) {
    if (line.getCommand() instanceof ReadsSecrets) {
      return true;
    }
    for (CommandLine each = line.getParent(); each != null && each.getParent() != null; each = each.getParent()) {
      if (each.getCommand() instanceof ReadsSecrets) {
        return true;
      }
    }
    return false;
  }

  /** The message of a usage error, from the command's model only, in a language (docs/cli.md, usage errors in Greek). */
  static String message(ParameterException e, String[] args, Language language) {
    if (e instanceof UsageException) {
      return e.getMessage();
    }
    CommandLine line = e.getCommandLine();
    String qualified = line.getCommandSpec().qualifiedName();
    if (e instanceof UnmatchedArgumentException unmatched) {
      return unmatched(line, unmatched, args, language);
    }
    if (e instanceof MissingParameterException missing) {
      return language.text("usage.missing", "what",
          missing.getMissing().stream().map(Guarded::name).collect(Collectors.joining(", ")));
    }
    if (e instanceof OverwrittenOptionException overwritten) {
      return language.text("usage.repeated", "what", name(overwritten.getOverwritten()));
    }
    if (e.getArgSpec() != null) {
      return language.text("usage.invalid", "what", name(e.getArgSpec()));
    }
    return language.text("usage.invalid-arguments", "command", qualified);
  }

  private static String unmatched(CommandLine line, UnmatchedArgumentException e, String[] args, Language language) {
    int position = position(args, e.getUnmatched());
    String where = position > 0 ? language.text("usage.argument", "position", position) : language.text("usage.an-argument");
    Set<String> names = names(line);
    List<String> suggestions = e.getSuggestions().stream().filter(names::contains).distinct().toList();
    String hint = suggestions.isEmpty() ? ""
        : language.text("usage.hint", "names", String.join(language.text("usage.or"), suggestions));
    String qualified = line.getCommandSpec().qualifiedName();
    if (!line.getSubcommands().isEmpty()) {
      return language.text("usage.not-a-command", "where", where, "command", qualified,
          "commands", String.join(", ", line.getSubcommands().keySet())) + hint;
    }
    if (e.isUnknownOption()) {
      return language.text("usage.not-an-option", "where", where, "command", qualified) + hint;
    }
    return language.text("usage.unexpected", "where", where, "command", qualified) + hint;
  }

  /** The position, counted from 1, of the first unmatched argument; 0 when it cannot be told. */
  private static int position(String[] args, List<String> unmatched) {
    if (unmatched.isEmpty()) {
      return 0;
    }
    String first = unmatched.get(0);
    for (int i = args.length - unmatched.size(); i >= 0; i--) {
      if (i < args.length && args[i].equals(first)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The names a message may show: the command's options and subcommands. */
  private static Set<String> names(CommandLine line) {
    Set<String> names = new TreeSet<>(line.getSubcommands().keySet());
    line.getCommandSpec().options().forEach(option -> names.addAll(List.of(option.names())));
    return names;
  }

  private static String name(ArgSpec spec) {
    if (spec instanceof OptionSpec option) {
      return option.longestName() + (option.typeInfo().isBoolean() ? "" : " " + option.paramLabel());
    }
    return spec instanceof PositionalParamSpec positional ? positional.paramLabel() : "a value";
  }
}
