package dev.thyrida.policy.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.account.Role;
import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.ChangePassword;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.EventTypes;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.access.Scene;
import dev.thyrida.policy.codes.Codes;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every code, command and event explained with the directory, in both languages, read as a person
 * would: each sentence capitalised, no raw ISO instant, every placeholder filled, people the
 * directory knows by name with their tax id, and Greek without "Ο/Η" and its kin.
 */
@DisplayName("L26-3: every explanation reads as a person's sentence, in Athens time and by name")
class ReadableExplanationsTest {

  private static final Directory DIRECTORY = Scene.directory();
  private static final TaxId PERSON = Scene.HANDLER;
  private static final String NAMED = "Μαρία Παπαδοπούλου (" + PERSON.value() + ")";
  /** Midnight of 30 September 2026 in Athens. */
  private static final Instant AT = Instant.parse("2026-09-29T21:00:00Z");
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}|$|\\D)");
  private static final Pattern SLASHED = Pattern.compile("Ο/Η|ο/η|του/της|τον/την|στον/στην|Τον/Την");
  private static final Locale GREEK = Locale.forLanguageTag("el");

  private static final Map<Class<?>, Object> SAMPLES = new HashMap<>(Map.ofEntries(
      Map.entry(TaxId.class, PERSON), Map.entry(Instant.class, AT), Map.entry(LocalDate.class, LocalDate.of(2026, 9, 30)),
      Map.entry(String.class, "a reason"), Map.entry(boolean.class, false),
      Map.entry(Actor.class, Actor.of(Scene.withTaxisNet(Scene.ADMIN))),
      Map.entry(Principal.class, Scene.withTaxisNet(PERSON)), Map.entry(Password.class, Password.of("Kep#2026a")),
      Map.entry(Clause.class, Clause.C2), Map.entry(AgencyId.class, Scene.AGENCY), Map.entry(KepCode.class, Scene.KEP),
      Map.entry(MailboxId.class, Scene.KEP_BOX), Map.entry(ApplicationId.class, ApplicationId.of("erms")),
      Map.entry(DocumentId.class, DocumentId.of("doc-1")), Map.entry(RequestId.class, RequestId.of("req-1")),
      Map.entry(PostingId.class, PostingId.of("p-1")), Map.entry(Role.class, Role.of("reader")),
      Map.entry(ServiceUsername.class, ServiceUsername.of("maria_pap1")),
      Map.entry(PersonName.class, PersonName.of("Μαρία", "Παπαδοπούλου"))));

  /** A sample of a type: given, an enum's first constant, a record of samples, a sealed type's first kind. */
  private static Object sample(Type type) {
    if (type instanceof ParameterizedType generic) {
      Class<?> raw = (Class<?>) generic.getRawType();
      Object element = raw == Optional.class ? null : sample(generic.getActualTypeArguments()[0]);
      if (raw == Optional.class) {
        return Optional.empty();   // e.g. a posting's open end
      }
      return raw == List.class ? List.of(element) : Set.of(element);
    }
    Class<?> kind = (Class<?>) type;
    if (SAMPLES.containsKey(kind)) {
      return SAMPLES.get(kind);
    }
    if (kind.isEnum()) {
      return kind.getEnumConstants()[0];
    }
    if (kind.isRecord()) {
      RecordComponent[] components = kind.getRecordComponents();
      Object[] values = Arrays.stream(components).map(c -> sample(c.getGenericType())).toArray();
      try {
        Constructor<?> canonical = kind.getDeclaredConstructor(
            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return canonical.newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("no sample of " + kind.getName() + ": " + cause(e), e);
      }
    }
    if (kind.isSealed()) {
      return sample(kind.getPermittedSubclasses()[0]);
    }
    throw new AssertionError("no sample of " + kind.getName());
  }

  private static Object cause(ReflectiveOperationException e) {
    return e instanceof InvocationTargetException ? ((InvocationTargetException) e).getTargetException() : e;
  }

  /** What is wrong with one sentence a person reads. */
  private static void read(List<String> problems, String where, String sentence, Locale locale, boolean namesPerson) {
    int first = sentence.codePoints().filter(Character::isLetter).findFirst().orElse('A');
    if (!Character.isUpperCase(first) && !Character.isDigit(sentence.codePointAt(0))) {
      problems.add(where + " " + locale + ": not capitalised: " + sentence);
    }
    if (ISO.matcher(sentence).find()) {
      problems.add(where + " " + locale + ": a raw ISO date or instant: " + sentence);
    }
    if (sentence.contains("{") || sentence.contains("}")) {
      problems.add(where + " " + locale + ": a placeholder left: " + sentence);
    }
    if (namesPerson && !sentence.contains(NAMED)) {
      problems.add(where + " " + locale + ": the person is not named: " + sentence);
    }
    if (locale == GREEK && SLASHED.matcher(sentence).find()) {
      problems.add(where + " " + locale + ": an Ο/Η form: " + sentence);
    }
  }

  @Test
  @DisplayName("L26-3: every event, in both languages, with the person by name and the instant in Athens time")
  void everyEvent() {
    List<String> problems = new ArrayList<>();
    EventTypes.all().forEach((type, kind) -> {
      Event event = (Event) sample(kind);
      boolean namesPerson = Arrays.stream(kind.getRecordComponents()).anyMatch(c -> c.getType() == TaxId.class);
      for (Locale locale : List.of(Locale.ENGLISH, GREEK)) {
        read(problems, type, Explanations.describe(event, DIRECTORY, locale), locale, namesPerson);
      }
    });
    assertEquals(List.of(), problems);
  }

  @Test
  @DisplayName("L26-3: every command's request names who asked, and when in Athens time")
  void everyCommand() {
    List<String> problems = new ArrayList<>();
    for (Class<?> kind : Command.class.getPermittedSubclasses()) {
      Command command = (Command) sample(kind);
      for (Locale locale : List.of(Locale.ENGLISH, GREEK)) {
        Explanation explanation = Explanations.explain(Decision.accept(command, List.of()), DIRECTORY, locale);
        read(problems, kind.getSimpleName(), explanation.request(), locale, true);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  @DisplayName("L26-3: every code's refusal, with a tax id parameter read as the person and an ISO one in Athens time")
  void everyCode() {
    List<String> problems = new ArrayList<>();
    Command command = new ChangePassword(Scene.withTaxisNet(PERSON), AT, Password.of("Kep#2026a"), Password.of("Kep#2026a"));
    for (ViolationCode code : Codes.all()) {
      for (String value : List.of(PERSON.value(), AT.toString())) {
        Map<String, String> parameters = new LinkedHashMap<>();
        code.parameters().forEach(name -> parameters.put(name, value));
        Decision decision = Decision.reject(command, List.of(new Violation(code, code.clause(), parameters)));
        for (Locale locale : List.of(Locale.ENGLISH, GREEK)) {
          for (String refusal : Explanations.explain(decision, DIRECTORY, locale).details()) {
            read(problems, code.name(), refusal, locale, false);
            if (value.equals(PERSON.value()) && refusal.contains(PERSON.value()) && !refusal.contains(NAMED)) {
              problems.add(code.name() + " " + locale + ": a bare tax id: " + refusal);
            }
          }
        }
      }
    }
    assertEquals(List.of(), problems, () -> problems.size() + " problems");
  }

  @Test
  @DisplayName("L26-3: an instant reads in Athens time, in words, in both languages")
  void athensTime() {
    Event lost = (Event) sample(EventTypes.all().get("staff.status-lost"));
    String english = Explanations.describe(lost, DIRECTORY, Locale.ENGLISH);
    String greek = Explanations.describe(lost, DIRECTORY, GREEK);
    assertEquals(true, english.contains("30 September 2026, 00:00"), english);
    assertEquals(true, greek.contains("30 Σεπτεμβρίου 2026, 00:00"), greek);
    assertEquals(true, english.startsWith(NAMED), english);
  }
}
