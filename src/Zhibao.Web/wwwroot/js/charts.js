// ECharts through a small interop (Components/Shared/Chart.razor): the options come from C# as JSON; the chart follows
// its container's size and is disposed with the component. ECharts itself (lib/echarts, vendored) is loaded once, on
// the first chart, so pages without charts never download it.

let loading = null;

function loadEcharts() {
    if (window.echarts) {
        return Promise.resolve(window.echarts);
    }
    loading ??= new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = new URL('../lib/echarts/echarts.min.js', import.meta.url).href;
        script.onload = () => resolve(window.echarts);
        script.onerror = () => {
            loading = null;
            reject(new Error('ECharts could not be loaded from ' + script.src));
        };
        document.head.appendChild(script);
    });
    return loading;
}

/** Draws a chart in the element; returns a handle with update(json) and dispose(). */
export async function create(element, json) {
    const echarts = await loadEcharts();
    const chart = echarts.init(element, null, { locale: 'ZH', renderer: 'canvas' });
    chart.setOption(JSON.parse(json));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return {
        update(next) {
            chart.setOption(JSON.parse(next), { notMerge: true });
        },
        dispose() {
            observer.disconnect();
            chart.dispose();
        },
    };
}
