package dev.thyrida.bench.race;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;

/**
 * The peers and the limit for access: jCasbin in two encodings of the same flattened policy, an ACL
 * (one line per user, mailbox and action) and RBAC with domains (a user holds a role in a mailbox's
 * domain; a role is granted an action), each right as a role, and a HashMap of user to mailbox to the actions allowed.
 */
final class AccessContenders {

  static final String ACL = String.join("\n",
      "[request_definition]", "r = sub, obj, act",
      "[policy_definition]", "p = sub, obj, act",
      "[policy_effect]", "e = some(where (p.eft == allow))",
      "[matchers]", "m = r.sub == p.sub && r.obj == p.obj && r.act == p.act");

  static final String RBAC_DOMAINS = String.join("\n",
      "[request_definition]", "r = sub, dom, act",
      "[policy_definition]", "p = sub, act",
      "[role_definition]", "g = _, _, _",
      "[policy_effect]", "e = some(where (p.eft == allow))",
      "[matchers]", "m = g(r.sub, p.sub, r.dom) && r.act == p.act");

  static final String RIGHTS_AS_ROLES = String.join("\n",
      "[request_definition]", "r = sub, obj, act",
      "[policy_definition]", "p = sub",
      "[role_definition]", "g = _, _",
      "[policy_effect]", "e = some(where (p.eft == allow))",
      "[matchers]", "m = p.sub == \"any\" && g(r.sub, r.obj + \"/\" + r.act)");

  private AccessContenders() {}

  /** jCasbin with the ACL encoding, loaded from the lines. */
  static Enforcer acl(List<List<String>> lines) {
    Enforcer enforcer = new Enforcer(Model.newModelFromString(ACL));
    enforcer.addPolicies(lines);
    return enforcer;
  }

  /** jCasbin with RBAC with domains: g user, role, mailbox; p role, action. */
  static Enforcer rbac(List<List<String>> lines) {
    Enforcer enforcer = new Enforcer(Model.newModelFromString(RBAC_DOMAINS));
    enforcer.addPolicy("OPEN_MAILBOX", "OPEN_MAILBOX");
    enforcer.addPolicy("MANAGE_HANDLERS", "MANAGE_HANDLERS");
    for (List<String> line : lines) {
      enforcer.addGroupingPolicy(line.get(0), line.get(2), line.get(1));
    }
    return enforcer;
  }

  /**
   * jCasbin with each right as a role ({@code mailbox/action}) the user holds: one policy line, so
   * one matcher evaluation and one role lookup per question.
   */
  static Enforcer roles(List<List<String>> lines) {
    Enforcer enforcer = new Enforcer(Model.newModelFromString(RIGHTS_AS_ROLES));
    enforcer.addPolicy("any");
    for (List<String> line : lines) {
      enforcer.addGroupingPolicy(line.get(0), line.get(1) + "/" + line.get(2));
    }
    return enforcer;
  }

  /** The limit: user to mailbox to a bit per action. */
  static Map<String, Map<String, Integer>> hashMap(List<List<String>> lines) {
    Map<String, Map<String, Integer>> rights = new HashMap<>();
    for (List<String> line : lines) {
      rights.computeIfAbsent(line.get(0), user -> new HashMap<>())
          .merge(line.get(1), bit(line.get(2)), (a, b) -> a | b);
    }
    return rights;
  }

  static int bit(String action) {
    return "OPEN_MAILBOX".equals(action) ? 1 : 2;
  }

  /** The HashMap's answer. */
  static boolean allowed(Map<String, Map<String, Integer>> rights, String user, String mailbox, int bit) {
    Map<String, Integer> of = rights.get(user);
    if (of == null) {
      return false;
    }
    Integer bits = of.get(mailbox);
    return bits != null && (bits & bit) != 0;
  }
}
