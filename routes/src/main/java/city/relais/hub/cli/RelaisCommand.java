package city.relais.hub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code relais} launcher. */
@Command(name = "relais", mixinStandardHelpOptions = true, versionProvider = RelaisCommand.Version.class,
        description = "Relais: a privacy-first smart-city actuation hub.",
        subcommands = {RunCommand.class, ValidateCommand.class, ReplayCommand.class, DetectCommand.class,
                EvalMotCommand.class, SimulateCommand.class, BenchCommand.class, PrivacyRegisterCommand.class,
                AuditCommand.class, EvalCommand.class, ScenariosCommand.class,
                CommandLine.HelpCommand.class})
public final class RelaisCommand implements Runnable {

    /** Exit code for a refused city file or bad input. */
    public static final int INVALID_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new RelaisCommand()).execute(args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RelaisCommand.class.getPackage().getImplementationVersion();
            return new String[] {"relais " + (version == null ? "development build" : version)};
        }
    }
}
