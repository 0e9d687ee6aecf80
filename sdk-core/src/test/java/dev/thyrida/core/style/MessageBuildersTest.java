package dev.thyrida.core.style;

import static dev.thyrida.core.fixture.EverySampleEvent.REQUEST;
import static dev.thyrida.core.fixture.Sample.CLERK;
import static dev.thyrida.core.fixture.Sample.HR;
import static dev.thyrida.core.fixture.Sample.HR_ACTOR;
import static dev.thyrida.core.fixture.Sample.KEP;
import static dev.thyrida.core.fixture.Sample.MAILBOX;
import static dev.thyrida.core.fixture.Sample.MUNICIPALITY;
import static dev.thyrida.core.fixture.Sample.SUPERVISOR;
import static dev.thyrida.core.fixture.Sample.T0;
import static dev.thyrida.core.fixture.Sample.actor;
import static dev.thyrida.core.fixture.Sample.employee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.RecoverAdministrator;
import dev.thyrida.core.command.RegisterAgency;
import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.command.RejectRequest;
import dev.thyrida.core.event.AdministratorRecovered;
import dev.thyrida.core.event.AgencyRegistered;
import dev.thyrida.core.event.KepRegistered;
import dev.thyrida.core.event.RequestRejected;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.principal.Principal;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Command and event builders (ADR 0018) — texts keep their shape")
class MessageBuildersTest {

  private static final Principal MINISTRY = new Principal.MinistryOfficial(employee(SUPERVISOR).identity());

  /** Each row builds one type with a text component given by the row's input. */
  static Stream<Arguments> texts() {
    return Stream.of(
        row("RecoverAdministrator", text -> RecoverAdministrator.builder().actor(MINISTRY).issuedAt(T0)
            .mailbox(MAILBOX).administrator(SUPERVISOR).reason(text).build()),
        row("RegisterAgency", text -> RegisterAgency.builder().actor(HR).issuedAt(T0).agency(MUNICIPALITY)
            .name(text).build()),
        row("RegisterKep", text -> RegisterKep.builder().actor(HR).issuedAt(T0).kep(KEP).name("ΚΕΠ Κυψέλης")
            .municipality(text).build()),
        row("RejectRequest", text -> RejectRequest.builder().actor(employee(CLERK)).issuedAt(T0).request(REQUEST)
            .reason(text).build()),
        row("AdministratorRecovered", text -> AdministratorRecovered.builder().actor(actor(SUPERVISOR)).at(T0)
            .mailbox(MAILBOX).administrator(SUPERVISOR).reason(text).build()),
        row("AgencyRegistered", text -> AgencyRegistered.builder().actor(HR_ACTOR).at(T0).agency(MUNICIPALITY)
            .name(text).build()),
        row("KepRegistered", text -> KepRegistered.builder().actor(HR_ACTOR).at(T0).kep(KEP).name(text)
            .municipality("Δήμος Αθηναίων").build()),
        row("RequestRejected", text -> RequestRejected.builder().actor(actor(CLERK)).at(T0).request(REQUEST)
            .handler(CLERK).reason(text).build()));
  }

  private static Arguments row(String type, Function<String, Record> build) {
    return Arguments.of(type, build);
  }

  @ParameterizedTest(name = "{0}: built with a blank or padded text, it is refused by the constructor")
  @MethodSource("texts")
  void aMalformedTextIsRefused(String type, Function<String, Record> build) {
    for (String malformed : new String[] {"", "   ", " Δήμος", "Δήμος\u0007"}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> build.apply(malformed));
      assertEquals(type, e.valueType(), malformed);
    }
    assertEquals(type, build.apply("Δήμος Αθηναίων").getClass().getSimpleName());
  }

  @Test
  @DisplayName("C2: a command built by name equals the canonical constructor")
  void aCommandBuiltByNameIsTheSame() {
    assertEquals(new AddHandler(employee(SUPERVISOR), T0, MAILBOX, CLERK),
        AddHandler.builder().actor(employee(SUPERVISOR)).issuedAt(T0).mailbox(MAILBOX).handler(CLERK).build());
  }
}
