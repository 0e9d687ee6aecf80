package dev.thyrida.testkit.gsis;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One endpoint of one login path; turns an unexpected exception into a 500. Internal. */
abstract class Endpoint implements HttpHandler {

  /** Logs outcomes only: never a secret, code, token or personal value. */
  static final Logger LOG = LoggerFactory.getLogger(FakeGsisServer.class);

  final GsisPath path;

  Endpoint(GsisPath path) {
    this.path = path;
  }

  @Override
  public final void handle(HttpExchange exchange) throws IOException {
    try {
      serve(exchange);
    } catch (IllegalArgumentException malformed) {
      Exchange.error(exchange, OAuthError.INVALID_REQUEST, "malformed request");
    } catch (RuntimeException bug) {
      LOG.error("fake GSIS {} failed on {}", path, exchange.getRequestURI().getPath(), bug);
      Exchange.send(exchange, 500, "text/plain;charset=UTF-8", "internal error");
    } finally {
      exchange.close();
    }
  }

  abstract void serve(HttpExchange exchange) throws IOException;

  /** The single value of a parameter; empty when absent; malformed when repeated. */
  static Optional<String> single(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.get(name);
    if (values == null) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw new IllegalArgumentException("repeated parameter " + name);
    }
    return Optional.of(values.get(0));
  }
}
