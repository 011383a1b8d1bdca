/** The supervision pages' APIs, at the URLs the oversight endpoints always had. */
package org.zhifa.supervision.web;
