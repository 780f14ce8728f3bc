package city.relais.connectors.sim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The command line of {@link LightingSimulators#main}: {@code --opcua PORT --modbus PORT --talq PORT} (0 = a free
 * port, {@code off} = not started), {@code --lamps L1,L2,L3,L4}, {@code --program-level 100}, {@code --bind
 * 127.0.0.1}, {@code --pki data/sim-pki}, {@code --opcua-user NAME} (its password from the environment variable
 * {@value #PASSWORD_VARIABLE}, never from the command line).
 */
record SimulatorArgs(LightingSimulators.Settings settings) {

    static final String PASSWORD_VARIABLE = "RELAIS_SIM_OPCUA_PASSWORD";
    static final String USAGE = "usage: simulate lights [--opcua PORT|off] [--modbus PORT|off] [--talq PORT|off] "
            + "[--lamps L1,L2] [--program-level PERCENT] [--bind ADDRESS] [--pki DIR] [--opcua-user NAME]";

    static SimulatorArgs parse(String[] args, Function<String, String> environment) {
        LightingSimulators.Settings s = LightingSimulators.Settings.defaults(List.of("L1", "L2", "L3", "L4"),
                Path.of("data", "sim-pki"));
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("every option takes a value\n" + USAGE);
        }
        for (int i = 0; i < args.length; i += 2) {
            s = apply(s, args[i], args[i + 1], environment);
        }
        return new SimulatorArgs(s);
    }

    private static LightingSimulators.Settings apply(LightingSimulators.Settings s, String option, String value,
                                                     Function<String, String> environment) {
        return switch (option) {
            case "--opcua" -> s.withPorts(port(value), s.modbusPort(), s.talqPort());
            case "--modbus" -> s.withPorts(s.opcuaPort(), port(value), s.talqPort());
            case "--talq" -> s.withPorts(s.opcuaPort(), s.modbusPort(), port(value));
            case "--lamps" -> s.withLamps(new ArrayList<>(Arrays.asList(value.split(","))));
            case "--program-level" -> s.withProgramLevel(Double.parseDouble(value));
            case "--bind" -> s.withBindAddress(value);
            case "--pki" -> s.withPkiDir(Path.of(value));
            case "--opcua-user" -> s.withOpcuaUsers(Map.of(value, password(environment)));
            default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
        };
    }

    private static int port(String value) {
        if ("off".equals(value)) {
            return LightingSimulators.Settings.OFF;
        }
        int port = Integer.parseInt(value);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + value + " is outside 0..65535");
        }
        return port;
    }

    private static String password(Function<String, String> environment) {
        String password = environment.apply(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("--opcua-user needs the password in the environment variable "
                    + PASSWORD_VARIABLE);
        }
        return password;
    }
}
