package org.mekong.jtf.taskforces;

import io.quarkus.test.junit.QuarkusTest;
import org.mekong.jtf.common.testing.ServiceBasicsContract;

/** The service starts on its own database, migrates it and answers like every service of the suite. */
@QuarkusTest
class TaskForceServiceStartupTest extends ServiceBasicsContract {
}
