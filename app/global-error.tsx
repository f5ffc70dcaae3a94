"use client";
// The last resort when even the page frame fails: both languages, no dependencies, an id for support.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          maxWidth: 640,
          margin: "3rem auto",
          padding: "0 1rem",
          lineHeight: 1.6,
        }}
      >
        <h1>服务暂时不可用</h1>
        <p>系统暂时无法处理您的请求，我们已记录该问题。请稍后刷新重试。</p>
        <p lang="en">The service is temporarily unavailable. Please try again in a moment.</p>
        {error.digest ? <p style={{ fontFamily: "monospace" }}>错误编号 / Error id: {error.digest}</p> : null}
        <p>
          {/* A full page load: the app's own navigation may be what failed. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">返回首页 / Home</a>
        </p>
      </body>
    </html>
  );
}
