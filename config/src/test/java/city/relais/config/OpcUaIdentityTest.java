package city.relais.config;

import city.relais.config.device.OpcUaSecurity;
import city.relais.config.device.StreetLights;
import city.relais.config.device.X509Credentials;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static city.relais.config.Cities.VALID;
import static org.assertj.core.api.Assertions.assertThat;

/** The X.509 user identity of an OPC UA street-lights device: {@code security.identity-certificate} and key. */
class OpcUaIdentityTest {

    private static KeyPair userKeys;
    private static X509Certificate userCertificate;
    private static KeyPair otherKeys;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateUserCertificate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        userKeys = generator.generateKeyPair();
        otherKeys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=relais-operator");
        Instant now = Instant.now();
        userCertificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
                BigInteger.ONE, Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(30))),
                subject, userKeys.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA")
                .build(userKeys.getPrivate())));
    }

    /** VALID with a security mapping on the opcua device: security on line 13, its keys on 14, 15, ... */
    private static String withSecurity(String... lines) {
        StringBuilder security = new StringBuilder("    security:\n");
        for (String line : lines) {
            security.append("      ").append(line).append('\n');
        }
        return VALID.replace("    lamps:\n      L1", security + "    lamps:\n      L1");
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private String keyPem() {
        return pem("PRIVATE KEY", userKeys.getPrivate().getEncoded());
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private List<String> printed(String yaml) {
        return Cities.problems(yaml, Map.of(), dir).stream().map(ConfigProblem::toString).toList();
    }

    @Test
    void binds_a_pem_certificate_and_key_relative_to_the_city_file() throws Exception {
        write("pki/user.pem", "subject=CN=relais-operator\n" + pem("CERTIFICATE", userCertificate.getEncoded()));
        write("secrets/user-key.pem", keyPem());

        CityConfig city = Cities.load(withSecurity("identity-certificate: pki/user.pem",
                "identity-key: ${file:secrets/user-key.pem}"), Map.of(), dir);

        OpcUaSecurity security = ((StreetLights) city.device("lights").orElseThrow()).security();
        assertThat(security.policy()).isEqualTo(OpcUaSecurity.Policy.BASIC256SHA256);
        assertThat(security.mode()).isEqualTo(OpcUaSecurity.Mode.SIGN_AND_ENCRYPT);
        assertThat(security.user()).isNull();
        assertThat(security.identityCertificate()).isEqualTo(dir.resolve("pki/user.pem"));
        assertThat(X509Credentials.certificate(security.identityCertificate())).isEqualTo(userCertificate);
        assertThat(X509Credentials.privateKey(security.identityKey())).isEqualTo(userKeys.getPrivate());
        assertThat(security.toString()).doesNotContain("PRIVATE", keyBody());
    }

    @Test
    void binds_a_der_certificate_and_a_pkcs1_key() throws Exception {
        Files.write(dir.resolve("user.der"), userCertificate.getEncoded());
        byte[] pkcs1 = PrivateKeyInfo.getInstance(userKeys.getPrivate().getEncoded()).parsePrivateKey()
                .toASN1Primitive().getEncoded();
        write("user-key.pem", pem("RSA PRIVATE KEY", pkcs1));

        CityConfig city = Cities.load(withSecurity("identity-certificate: user.der",
                "identity-key: ${file:user-key.pem}"), Map.of(), dir);

        OpcUaSecurity security = ((StreetLights) city.device("lights").orElseThrow()).security();
        assertThat(X509Credentials.privateKey(security.identityKey())).isEqualTo(userKeys.getPrivate());
    }

    @Test
    void names_an_unreadable_certificate_or_key_file_and_never_shows_the_key() throws Exception {
        write("secrets/user-key.pem", keyPem());

        assertThat(printed(withSecurity("identity-certificate: pki/missing.pem",
                "identity-key: ${file:secrets/user-key.pem}"))).containsExactly(
                "city.yaml:14: devices[0].security.identity-certificate: cannot read identity certificate "
                        + dir.resolve("pki/missing.pem") + ": no such file");

        write("pki/user.pem", pem("CERTIFICATE", userCertificate.getEncoded()));
        assertThat(printed(withSecurity("identity-certificate: pki/user.pem",
                "identity-key: ${file:secrets/nope.pem}"))).containsExactly(
                "city.yaml:15: devices[0].security.identity-key: cannot read secret file "
                        + dir.resolve("secrets/nope.pem") + ": no such file");
    }

    @Test
    void refuses_a_file_that_is_not_a_certificate_a_key_that_is_not_pem_and_a_key_of_another_certificate()
            throws Exception {
        write("not-a-cert.pem", "hello");
        write("pki/user.pem", pem("CERTIFICATE", userCertificate.getEncoded()));
        write("garbage-key", "Sup3r-Secret-Key-Material");
        write("other-key.pem", pem("PRIVATE KEY", otherKeys.getPrivate().getEncoded()));

        List<String> notCertificate = printed(withSecurity("identity-certificate: not-a-cert.pem",
                "identity-key: ${file:garbage-key}"));
        List<String> otherKey = printed(withSecurity("identity-certificate: pki/user.pem",
                "identity-key: ${file:other-key.pem}"));

        assertThat(notCertificate).containsExactly(
                "city.yaml:14: devices[0].security.identity-certificate: identity certificate "
                        + dir.resolve("not-a-cert.pem") + " is not an X.509 certificate (PEM or DER)",
                "city.yaml:15: devices[0].security.identity-key: identity-key is not a PEM private key "
                        + "(-----BEGIN PRIVATE KEY----- (PKCS#8) or -----BEGIN RSA PRIVATE KEY----- (PKCS#1))");
        assertThat(otherKey).containsExactly("city.yaml:15: devices[0].security.identity-key: identity-key is not "
                + "the private key of identity certificate " + dir.resolve("pki/user.pem"));
        assertThat(String.join("\n", notCertificate)).doesNotContain("Sup3r-Secret");
    }

    @Test
    void refuses_a_user_together_with_a_certificate_and_a_key_without_a_certificate() throws Exception {
        write("pki/user.pem", pem("CERTIFICATE", userCertificate.getEncoded()));
        write("key.pem", keyPem());

        assertThat(printed(withSecurity("user: relais", "password: \"${env:PW}\"",
                "identity-certificate: pki/user.pem", "identity-key: ${file:key.pem}").replace("${env:PW}",
                "${env:PW:-pw}"))).containsExactly(
                "city.yaml:16: devices[0].security.identity-certificate: user and identity-certificate do not go "
                        + "together: the identity is a user name and password, or an X.509 certificate and its "
                        + "identity-key");
        assertThat(printed(withSecurity("identity-key: ${file:key.pem}"))).containsExactly(
                "city.yaml:14: devices[0].security.identity-key: an identity-key needs an identity-certificate");
        assertThat(printed(withSecurity("identity-certificate: pki/user.pem"))).containsExactly(
                "city.yaml:14: devices[0].security.identity-key: required key is missing");
    }

    private String keyBody() {
        return Base64.getEncoder().encodeToString(userKeys.getPrivate().getEncoded()).substring(0, 40);
    }
}
