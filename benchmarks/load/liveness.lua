-- The ceiling: the cheapest endpoint of the same server, counted the same way as the scenarios.
package.path = os.getenv("LOAD_DIR") .. "/?.lua;" .. package.path
require "report"
