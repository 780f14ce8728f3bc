package city.relais.connectors.opcua;

import city.relais.config.Secret;
import city.relais.config.device.Lamp;
import city.relais.config.device.OpcUaSecurity;
import city.relais.config.device.Protocol;
import city.relais.config.device.StreetLights;
import city.relais.connectors.NightScenario;
import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.lighting.LevelCommand;
import city.relais.connectors.sim.SimulatedLamp;
import city.relais.connectors.sim.opcua.OpcUaLightingSimulator;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The X.509 user identity against the simulator, over Basic256Sha256 / SignAndEncrypt. */
class OpcUaX509IdentityTest {

    private static final String LAMP = "U1";

    @TempDir
    static Path simPki;
    static OpcUaLightingSimulator sim;
    static UserCertificate trusted;
    static UserCertificate untrusted;

    @TempDir
    Path hubPki;
    @TempDir
    Path cityDir;

    /** A generated user certificate and its key, as a city's files would hold them. */
    record UserCertificate(X509Certificate certificate, KeyPair keys) {

        static UserCertificate generate(String commonName) throws Exception {
            KeyPair keys = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
            X509Certificate certificate = new SelfSignedCertificateBuilder(keys).setCommonName(commonName)
                    .setOrganization("Relais tests").setValidityPeriod(Period.ofDays(30)).build();
            return new UserCertificate(certificate, keys);
        }

        String keyPem() {
            return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                    keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        }
    }

    @BeforeAll
    static void startSimulator() throws Exception {
        trusted = UserCertificate.generate("relais-operator");
        untrusted = UserCertificate.generate("stranger");
        sim = new OpcUaLightingSimulator(List.of(new SimulatedLamp(LAMP, NightScenario.PROGRAM, 80,
                Clock.systemUTC())), OpcUaLightingSimulator.Options.defaults(simPki)
                .withUsers(Map.of("relais", "street-lights-42"), false)
                .withTrustedUserCertificates(List.of(trusted.certificate()))).start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @BeforeEach
    void trustTheSimulator() throws Exception {
        Path certs = Files.createDirectories(hubPki.resolve("trusted").resolve("certs"));
        Files.write(certs.resolve("simulator.der"), sim.certificate().getEncoded());
    }

    @Test
    void works_with_sign_and_encrypt_and_a_trusted_x509_user_certificate() throws Exception {
        try (OpcUaLightingController lights = controller(security(trusted, "user.der"))) {
            lights.setLevel(new LevelCommand("x509-1", List.of(LAMP), 40, Duration.ZERO,
                    Instant.now().plusSeconds(120), "test", "ref-x509-1"));

            assertThat(lights.read(List.of(LAMP)).get(0).actualLevelPercent()).isEqualTo(40);
            assertThat(sim.lamp(LAMP).targetLevel()).isEqualTo(40);
        }
    }

    @Test
    void an_untrusted_user_certificate_is_refused_with_its_status_code() throws Exception {
        try (OpcUaLightingController lights = controller(security(untrusted, "stranger.pem"))) {
            DeviceException e = catchThrowableOfType(DeviceException.class, () -> lights.read(List.of(LAMP)));

            assertThat(e.protocolStatus()).isEqualTo("Bad_IdentityTokenRejected");
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("as X.509 user", "CN=stranger").doesNotContain("PRIVATE KEY");
        }
    }

    @Test
    void an_unreadable_certificate_file_fails_before_connecting_and_names_the_file() throws Exception {
        Path missing = cityDir.resolve("gone.pem");
        OpcUaSecurity security = OpcUaSecurity.x509(OpcUaSecurity.Policy.BASIC256SHA256,
                OpcUaSecurity.Mode.SIGN_AND_ENCRYPT, missing, Secret.of(trusted.keyPem()));
        try (OpcUaLightingController lights = controller(security)) {
            DeviceException e = catchThrowableOfType(DeviceException.class, () -> lights.read(List.of(LAMP)));

            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("cannot read identity certificate " + missing + ": no such file")
                    .doesNotContain("PRIVATE KEY");
        }
    }

    /** The identity written as PEM (name ending .pem) or DER, its key in PEM, as the city file would load them. */
    private OpcUaSecurity security(UserCertificate user, String fileName) throws Exception {
        Path file = cityDir.resolve(fileName);
        byte[] der = user.certificate().getEncoded();
        if (fileName.endsWith(".pem")) {
            Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(der)
                    + "\n-----END CERTIFICATE-----\n");
        } else {
            Files.write(file, der);
        }
        return OpcUaSecurity.x509(OpcUaSecurity.Policy.BASIC256SHA256, OpcUaSecurity.Mode.SIGN_AND_ENCRYPT, file,
                Secret.of(user.keyPem()));
    }

    private OpcUaLightingController controller(OpcUaSecurity security) throws Exception {
        StreetLights device = new StreetLights("lights", Protocol.OPCUA, sim.endpointUrl(), null, security, null,
                Map.of(LAMP, new Lamp(OpcUaLightingSimulator.levelNode(LAMP), null, 60)));
        return new OpcUaLightingController(device, new OpcUaOptions(hubPki, Duration.ofSeconds(2)));
    }
}
