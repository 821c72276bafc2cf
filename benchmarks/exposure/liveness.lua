-- The ceiling: the cheapest endpoint of the same server, counted the same way as the uploads.
package.path = os.getenv("EXPOSURE_DIR") .. "/?.lua;" .. package.path
require "report"
