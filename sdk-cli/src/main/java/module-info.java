/** The {@code thyrida} command line tool. */
module dev.thyrida.cli {
  requires dev.thyrida.core;
  requires dev.thyrida.policy;
  requires info.picocli;
  requires org.apache.commons.csv;
  requires com.fasterxml.jackson.databind;
  requires dev.thyrida.store;

  opens dev.thyrida.cli to info.picocli;
  opens dev.thyrida.cli.credential to info.picocli;
  opens dev.thyrida.cli.tour to info.picocli;
  opens dev.thyrida.cli.audit to info.picocli;
  opens dev.thyrida.cli.explain to info.picocli;
  opens dev.thyrida.cli.shell to info.picocli;

  exports dev.thyrida.cli;
}
