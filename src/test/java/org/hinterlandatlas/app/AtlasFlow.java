// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One atlas for all the tests of a flow class, started before the first and stopped after the last:
 * registered as a static field, its start runs before the class's own {@code @BeforeAll} methods and its
 * stop after the class's own {@code @AfterAll} methods.
 */
final class AtlasFlow implements BeforeAllCallback, AfterAllCallback {

    private final boolean evidenceOpen;
    private AtlasApp app;

    private AtlasFlow(boolean evidenceOpen) {
        this.evidenceOpen = evidenceOpen;
    }

    /** The atlas started in Chinese on cleared preferences, as {@link RunningAtlas#start()} does. */
    static AtlasFlow started() {
        return new AtlasFlow(false);
    }

    /** The atlas started with the evidence tab shown once, which builds the evidence panel the tests look up. */
    static AtlasFlow startedWithEvidenceOpen() {
        return new AtlasFlow(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        app = RunningAtlas.start();
        if (evidenceOpen) {
            RunningAtlas.openEvidence(app);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        RunningAtlas.stop(app);
        app = null;
    }

    /** The running atlas; only between the class's first and last test. */
    AtlasApp app() {
        if (app == null) {
            throw new IllegalStateException("the atlas runs only while its flow class's tests run");
        }
        return app;
    }
}
