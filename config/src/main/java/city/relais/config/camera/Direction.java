package city.relais.config.camera;

import city.relais.config.WireNamed;

/** A direction of travel on the image. */
public enum Direction implements WireNamed {
    UP("up"), DOWN("down"), LEFT("left"), RIGHT("right"),
    /** Either way (lines only). */
    ANY("any");

    private final String wireName;

    Direction(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
