export { BelvoHostedWidget, type BelvoHostedWidgetProps } from './BelvoHostedWidget.tsx'
export {
  type BelvoHostedEvent,
  type BelvoHostedWebViewProps,
  type BelvoHostedWidget as BelvoHostedWidgetHandle,
  type BelvoHostedWidgetOptions,
  type BelvoHostedWidgetStatus,
  useBelvoHostedWidget,
} from './useBelvoHostedWidget.ts'
