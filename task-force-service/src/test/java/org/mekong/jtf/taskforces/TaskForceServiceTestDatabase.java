package org.mekong.jtf.taskforces;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.mekong.jtf.common.testing.TestDatabase;

/** All task-force-service tests run against their own database on the real PostgreSQL. */
@QuarkusTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "database", value = "mekong_taskforce_test"))
public class TaskForceServiceTestDatabase {
}
