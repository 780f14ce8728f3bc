package city.relais.vision.track;

/**
 * A constant-velocity Kalman filter on one coordinate (position and velocity per second). Four of these, one per
 * box coordinate, equal the usual 8-state box filter with its block-diagonal covariance.
 */
final class Kalman1D {

    private double p;
    private double v;
    private double pp;
    private double pv;
    private double vv;

    Kalman1D(double position, double positionVar, double velocityVar) {
        this.p = position;
        this.pp = positionVar;
        this.vv = velocityVar;
    }

    void predict(double dt, double positionNoise, double velocityNoise) {
        p += v * dt;
        pp += 2 * dt * pv + dt * dt * vv + positionNoise;
        pv += dt * vv;
        vv += velocityNoise;
    }

    void update(double z, double measurementVar) {
        double s = pp + measurementVar;
        double kp = pp / s;
        double kv = pv / s;
        double y = z - p;
        p += kp * y;
        v += kv * y;
        double npp = (1 - kp) * pp;
        double npv = (1 - kp) * pv;
        vv -= kv * pv;
        pp = npp;
        pv = npv;
    }

    double position() {
        return p;
    }

    double velocity() {
        return v;
    }
}
