package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.mekong.jtf.common.testing.ServiceBasicsContract;

@QuarkusTest
class CaseServiceBasicsTest extends ServiceBasicsContract {
}
