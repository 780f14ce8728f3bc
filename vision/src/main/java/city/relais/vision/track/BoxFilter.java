package city.relais.vision.track;

import city.relais.vision.geometry.Box;

/**
 * Constant-velocity Kalman filter on a box's centre and size, noise scaled by the box height (as in SORT/ByteTrack).
 * Time steps in seconds; noise is given per reference step of {@value #REFERENCE_STEP} s.
 */
final class BoxFilter {

    static final double REFERENCE_STEP = 0.2;
    private static final double POSITION_STD = 1.0 / 20;
    private static final double VELOCITY_STD = 1.0 / 160 / REFERENCE_STEP;

    private final Kalman1D cx;
    private final Kalman1D cy;
    private final Kalman1D w;
    private final Kalman1D h;

    BoxFilter(Box box) {
        double ph = sq(2 * POSITION_STD * box.h());
        double vh = sq(10 * VELOCITY_STD * box.h());
        cx = new Kalman1D(box.centreX(), ph, vh);
        cy = new Kalman1D(box.centreY(), ph, vh);
        w = new Kalman1D(box.w(), ph, vh);
        h = new Kalman1D(box.h(), ph, vh);
    }

    void predict(double dt) {
        if (dt <= 0) {
            return;
        }
        double steps = Math.max(dt / REFERENCE_STEP, 0.05);
        double height = Math.max(h.position(), 1e-3);
        double qp = sq(POSITION_STD * height) * steps;
        double qv = sq(VELOCITY_STD * height) * steps;
        for (Kalman1D k : new Kalman1D[] {cx, cy, w, h}) {
            k.predict(dt, qp, qv);
        }
    }

    void update(Box box) {
        double r = sq(POSITION_STD * Math.max(box.h(), 1e-3));
        cx.update(box.centreX(), r);
        cy.update(box.centreY(), r);
        w.update(box.w(), r);
        h.update(box.h(), r);
    }

    Box box() {
        return Box.ofCentre(cx.position(), cy.position(), Math.max(w.position(), 0), Math.max(h.position(), 0));
    }

    double velocityX() {
        return cx.velocity();
    }

    double velocityY() {
        return cy.velocity();
    }

    private static double sq(double v) {
        return v * v;
    }
}
