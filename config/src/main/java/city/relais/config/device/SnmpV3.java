package city.relais.config.device;

import city.relais.config.Secret;

/**
 * SNMPv3 user-based security (authPriv). Communities (v1/v2c) are never accepted.
 *
 * @param user         USM user name
 * @param authPassword authentication pass phrase, at least 8 characters
 * @param privPassword privacy (encryption) pass phrase, at least 8 characters
 */
public record SnmpV3(String user, Secret authPassword, Secret privPassword) {

    /** RFC 3414 requires pass phrases of at least 8 characters. */
    public static final int MIN_PASSPHRASE = 8;
}
